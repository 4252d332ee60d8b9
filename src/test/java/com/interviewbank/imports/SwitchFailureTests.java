package com.interviewbank.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.Question;
import com.interviewbank.search.SearchService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/**
 * A failure at the switch, after the new version was written and indexed, leaves the bank and
 * the index exactly as they were: the written version and its documents are removed.
 */
@SharedBankTest
class SwitchFailureTests {

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideRepository guides;

	@Autowired
	private GuideVersionRepository versions;

	@Autowired
	private SearchService search;

	@Autowired
	private TransactionTemplate transactions;

	/** A spy in this context (see {@link ImportSpies}): the real bean until this test stubs it. */
	@Autowired
	private OldSlugs aliases;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	@Test
	void shouldRemoveTheWrittenVersionAndItsDocumentsWhenTheSwitchFails() {
		this.imports.importGuide(ImportRun.Source.API, "switch.md", "# S\n\n## Kept\n\nOne.\n".getBytes(StandardCharsets.UTF_8),
				"admin");
		doThrow(new IllegalStateException("the switch broke")).when(this.aliases).record(any(), any(), any(), any(), any());
		assertThatExceptionOfType(ImportFailedException.class).isThrownBy(() -> this.imports.importGuide(
				ImportRun.Source.API, "switch.md",
				"# S\n\n## Kept\n\nOne.\n\n## Ouagadougou\n\nTwo.\n".getBytes(StandardCharsets.UTF_8), "admin"));
		int[] state = this.transactions.execute(status -> {
			Guide guide = this.guides.findBySlug("switch").orElseThrow();
			return new int[] { guide.getActiveVersion().getNumber(), this.versions.findByGuideOrderByNumberDesc(guide).size() };
		});
		assertThat(state).containsExactly(1, 1);
		assertThat(this.search.search("ouagadougou", null, null, 0, 10).total()).isZero();
		long documents = this.transactions.execute(status -> org.hibernate.search.mapper.orm.Search.session(this.entityManager)
			.search(Question.class)
			.where(f -> f.match().field("titleStd").matching("ouagadougou"))
			.fetchTotalHitCount());
		assertThat(documents).as("documents of the discarded version, active or not").isZero();
		assertThat(this.search.search("kept", "switch", null, 0, 10).total()).isEqualTo(1);
	}

}
