package com.interviewbank.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.guide.ServedContent;
import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SharedBankTest
class RelatedQuestionsTests {

	private static final String GUIDE = "related-warm-up";

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideManagement management;

	@Autowired
	private ServedContent content;

	@Autowired
	private RelatedQuestions related;

	@AfterEach
	void deleteTheGuide() {
		this.management.delete(GUIDE);
	}

	@Test
	void shouldPrepareTheVersionsServedBeforeAnyReaderAsks() {
		String markdown = "# Related warm-up\n\n## Caching\n\n### What is a cache stampede?\n\nMany readers miss the cache at once.\n\n"
				+ "### How do you avoid a cache stampede?\n\nOne reader fills the cache, the others wait.\n";
		assertThat(this.imports.importGuide(ImportRun.Source.API, GUIDE + ".md", markdown.getBytes(StandardCharsets.UTF_8), "test")
			.applied()).isTrue();

		// No page and no search asked for them: the node built them as it switched to the new version.
		await().atMost(Duration.ofSeconds(20)).until(() -> this.related.preparedFor(this.content.servedVersionIds()));
	}

}
