package com.interviewbank.browse;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRequest;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Question metadata end to end (docs/ARCHITECTURE.md, "Question metadata"): read at import, stored
 * per version, shown as badges, filtering and counted by search, restricting practice, in the read
 * API, and a change of it seen by the re-import diff.
 */
@SharedBankTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionMetadataPagesTests {

	private static final String FILE = "metadata-pages.md";

	private static final String GUIDE = "metadata-pages";

	private static final String MARKDOWN = """
			---
			tags: [Quuxmeta]
			---

			# Metadata pages

			## Junior

			### What is a quuxmeta frobnicator?

			It frobnicates quuxmeta.

			<!-- tags: (frobtag, shared-meta) -->

			### What is a quuxmeta widget?

			A quuxmeta widget.

			## Senior

			### What is a quuxmeta reactor?

			It reacts to quuxmeta.

			<!-- tags: (shared-meta) -->
			<!-- difficulty: 5 -->
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideManagement management;

	@BeforeAll
	void importTheGuide() {
		ImportOutcome outcome = this.imports.importGuide(ImportRun.Source.API, FILE, bytes(MARKDOWN), "test");
		assertThat(outcome.applied()).isTrue();
		assertThat(outcome.guideSlug()).isEqualTo(GUIDE);
	}

	@AfterAll
	void deleteTheGuide() {
		this.management.delete(GUIDE);
	}

	@Test
	void shouldGiveEachQuestionItsTagsAndDifficultyInTheReadApi() throws Exception {
		this.mvc.perform(get("/api/guides/{g}/questions/{q}", GUIDE, "what-is-a-quuxmeta-frobnicator"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tags").value(org.hamcrest.Matchers.contains("quuxmeta", "frobtag", "shared-meta")))
			.andExpect(jsonPath("$.difficulty").value(1))
			.andExpect(jsonPath("$.answerHtml").value(not(containsString("frobtag"))));
		this.mvc.perform(get("/api/guides/{g}/questions/{q}", GUIDE, "what-is-a-quuxmeta-reactor"))
			.andExpect(jsonPath("$.tags").value(org.hamcrest.Matchers.contains("quuxmeta", "shared-meta")))
			.andExpect(jsonPath("$.difficulty").value(5));
		this.mvc.perform(get("/api/guides/{g}/topics/{t}", GUIDE, "junior"))
			.andExpect(jsonPath("$.questions[1].slug").value("what-is-a-quuxmeta-widget"))
			.andExpect(jsonPath("$.questions[1].tags").value(org.hamcrest.Matchers.contains("quuxmeta")))
			.andExpect(jsonPath("$.questions[1].difficulty").value(1));
	}

	@Test
	void shouldLeaveTheSeedsDifficultyNullAndItsTagsEmptyInTheApi() throws Exception {
		this.mvc.perform(get("/api/guides/python-senior-lead-questions/questions/__slots__"))
			.andExpect(jsonPath("$.tags").isEmpty())
			.andExpect(jsonPath("$.difficulty").value(org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void shouldShowBadgesThatSayTheLevelInWordsOnQuestionAndTopicPages() throws Exception {
		this.mvc.perform(get("/guides/{g}/questions/{q}", GUIDE, "what-is-a-quuxmeta-reactor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Expert · difficulty 5 of 5")))
			.andExpect(content().string(containsString("href=\"/search?tag=shared-meta\"")))
			.andExpect(content().string(containsString("href=\"/search?difficulty=5\"")))
			.andExpect(content().string(not(containsString("difficulty: 5"))));
		this.mvc.perform(get("/guides/{g}/topics/{t}", GUIDE, "junior"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beginner · difficulty 1 of 5")))
			.andExpect(content().string(containsString("href=\"/search?tag=frobtag\"")));
	}

	@Test
	void shouldFilterAndCountByTagAndDifficultyInTheSearchApi() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "quuxmeta").param("guide", GUIDE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.facets.tags[0].value").value("quuxmeta"))
			.andExpect(jsonPath("$.facets.tags[0].count").value(3))
			.andExpect(jsonPath("$.facets.tags[1].value").value("shared-meta"))
			.andExpect(jsonPath("$.facets.tags[1].count").value(2))
			.andExpect(jsonPath("$.facets.tags[2].value").value("frobtag"))
			.andExpect(jsonPath("$.facets.tags[2].count").value(1))
			.andExpect(jsonPath("$.facets.difficulty[0].value").value(1))
			.andExpect(jsonPath("$.facets.difficulty[0].count").value(2))
			.andExpect(jsonPath("$.facets.difficulty[1].value").value(5))
			.andExpect(jsonPath("$.facets.difficulty[1].count").value(1));
		// The same words with a filter: a cache keyed without the filters would answer 3 again.
		this.mvc.perform(get("/api/search").param("q", "quuxmeta").param("tag", "Shared-Meta"))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/search").param("q", "quuxmeta").param("difficulty", "5"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.results[0].question").value("what-is-a-quuxmeta-reactor"));
		this.mvc.perform(get("/api/search").param("tag", "frobtag"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.results[0].question").value("what-is-a-quuxmeta-frobnicator"));
	}

	@Test
	void shouldRefuseADifficultyOutsideTheScale() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "quuxmeta").param("difficulty", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/search").param("q", "quuxmeta").param("difficulty", "hard"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/search").param("q", "quuxmeta").param("difficulty", "9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void shouldOfferTagsAndDifficultiesAsFiltersOnTheSearchPage() throws Exception {
		this.mvc.perform(get("/search").param("q", "quuxmeta"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&amp;tag=frobtag&amp;difficulty=\">frobtag</a>")))
			.andExpect(content().string(containsString("&amp;tag=&amp;difficulty=5\">Expert · difficulty 5 of 5</a>")))
			.andExpect(content().string(containsString("Expert · difficulty 5 of 5")));
		this.mvc.perform(get("/search").param("q", "quuxmeta").param("tag", "frobtag"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tag: frobtag")))
			.andExpect(content().string(containsString("1 result")))
			.andExpect(content().string(containsString("aria-current=\"true\"")));
		this.mvc.perform(get("/search").param("difficulty", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What is a quuxmeta widget?")));
	}

	@Test
	void shouldPractiseOnlyTheCardsOfATagOrDifficulty() throws Exception {
		this.mvc.perform(get("/practice").param("guide", GUIDE).param("tag", "shared-meta"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What is a quuxmeta frobnicator?")))
			.andExpect(content().string(containsString("What is a quuxmeta reactor?")))
			.andExpect(content().string(not(containsString("What is a quuxmeta widget?"))));
		this.mvc.perform(get("/practice").param("guide", GUIDE).param("difficulty", "1"))
			.andExpect(content().string(containsString("What is a quuxmeta widget?")))
			.andExpect(content().string(not(containsString("What is a quuxmeta reactor?"))));
		// No guide named: the first guide that has such cards.
		this.mvc.perform(get("/practice").param("tag", "frobtag"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What is a quuxmeta frobnicator?")))
			.andExpect(content().string(containsString("<option value=\"frobtag\" selected=\"selected\">frobtag</option>")));
	}

	@Test
	void shouldCountAChangeOfMetadataAloneAsAChangedQuestion() {
		String retagged = MARKDOWN.replace("<!-- difficulty: 5 -->", "<!-- difficulty: 4 -->");
		ImportOutcome dryRun = this.imports
			.run(new ImportRequest(ImportRun.Source.API, FILE, bytes(retagged), GUIDE, "test", true));
		assertThat(dryRun.diff().changed()).singleElement().satisfies(changed -> {
			assertThat(changed.slug()).isEqualTo("what-is-a-quuxmeta-reactor");
			assertThat(changed.diff()).contains("-difficulty: 5", "+difficulty: 4");
		});
		assertThat(dryRun.diff().unchanged()).hasSize(2);
		this.imports.discard(dryRun.run().getId());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
