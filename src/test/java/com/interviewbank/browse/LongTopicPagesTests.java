package com.interviewbank.browse;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A topic of 120 questions is split into pages of 50 ({@code bank.pages.questions-per-page}): the
 * intro on the first, a pager on each, its own canonical address, the guide page and the question
 * pages' sidebar listing one page's questions, and a page past the end a 404.
 */
@SharedBankTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongTopicPagesTests {

	private static final String GUIDE = "long-topic-pages";

	private static final String TOPIC = "/guides/" + GUIDE + "/topics/many-questions";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideManagement management;

	@BeforeAll
	void importTheGuide() {
		StringBuilder markdown = new StringBuilder("# Long topic pages\n\n## Many questions\n\nThe intro of the long topic.\n\n");
		for (int n = 1; n <= 120; n++) {
			markdown.append("### Zorbling question number ").append(n).append("?\n\nAnswer number ").append(n).append(".\n\n");
		}
		ImportOutcome outcome = this.imports.importGuide(ImportRun.Source.API, GUIDE + ".md",
				markdown.toString().getBytes(StandardCharsets.UTF_8), "test");
		assertThat(outcome.applied()).isTrue();
		assertThat(outcome.guideSlug()).isEqualTo(GUIDE);
	}

	@AfterAll
	void deleteTheGuide() {
		this.management.delete(GUIDE);
	}

	@Test
	void shouldSplitALongTopicIntoPagesWithTheIntroOnTheFirst() throws Exception {
		String first = page(TOPIC);
		assertThat(answers(first)).isEqualTo(50);
		assertThat(first).contains("Answer number 1.", "Answer number 50.", "The intro of the long topic.", "Page 1 of 3")
			.doesNotContain("Answer number 51.")
			.contains("href=\"" + TOPIC + "?page=3\"")
			.contains("<link rel=\"canonical\" href=\"http://localhost" + TOPIC + "\">");
		String last = page(TOPIC + "?page=3");
		assertThat(answers(last)).isEqualTo(20);
		assertThat(last).contains("Answer number 101.", "Answer number 120.", "Page 3 of 3")
			.doesNotContain("Answer number 100.", "The intro of the long topic.")
			.contains("<link rel=\"canonical\" href=\"http://localhost" + TOPIC + "?page=3\">")
			.contains("href=\"" + TOPIC + "\"");
	}

	@Test
	void shouldAnswerAPagePastTheEndWith404() throws Exception {
		this.mvc.perform(get(TOPIC + "?page=4")).andExpect(status().isNotFound());
		this.mvc.perform(get(TOPIC + "?page=0")).andExpect(status().isNotFound());
	}

	@Test
	void shouldListTheFirstPageOnTheGuidePageWithALinkToTheRest() throws Exception {
		String guide = page("/guides/" + GUIDE);
		assertThat(guide).contains("Zorbling question number 50?").doesNotContain("Zorbling question number 51?")
			.contains("And 70 more →").contains("href=\"" + TOPIC + "?page=2\"");
	}

	@Test
	void shouldListTheQuestionsOfItsTopicPageInAQuestionsSidebar() throws Exception {
		String question = page("/guides/" + GUIDE + "/questions/zorbling-question-number-77");
		assertThat(question).contains("77 of 120 in this topic", "(page 2 of the topic)", "href=\"" + TOPIC + "?page=2\"");
		String sidebar = question.substring(question.indexOf("id=\"sidebar\""), question.indexOf("</nav>", question.indexOf("id=\"sidebar\"")));
		assertThat(sidebar).contains("Zorbling question number 51?", "Zorbling question number 100?")
			.doesNotContain("Zorbling question number 50?", "Zorbling question number 101?");
	}

	private static long answers(String html) {
		return Pattern.compile("<div class=\"answer\" id=\"answer-").matcher(html).results().count();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
