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
 * Long lists are split into pages. A topic of 120 questions, into pages of 50
 * ({@code bank.pages.questions-per-page}): the intro on the first, a pager on each, its own
 * canonical address, the guide page and the question pages' sidebar listing one page's questions,
 * and a page past the end a 404. A guide of 250 topics, into pages of 100
 * ({@code bank.pages.topics-per-page}): the guide's page by page, and the sidebar of a topic or
 * question page only the page of topics that holds its topic, with a link to that page of the
 * guide; a guide of fewer topics is shown as before, on one page.
 */
@SharedBankTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongPagesTests {

	private static final String GUIDE = "long-topic-pages";

	private static final String TOPIC = "/guides/" + GUIDE + "/topics/many-questions";

	private static final String MANY_TOPICS = "many-topics-pages";

	private static final String GUIDE_PAGE = "/guides/" + MANY_TOPICS;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideManagement management;

	@BeforeAll
	void importTheGuides() {
		StringBuilder longTopic = new StringBuilder("# Long topic pages\n\n## Many questions\n\nThe intro of the long topic.\n\n");
		for (int n = 1; n <= 120; n++) {
			longTopic.append("### Zorbling question number ").append(n).append("?\n\nAnswer number ").append(n).append(".\n\n");
		}
		importGuide(GUIDE, longTopic);
		StringBuilder manyTopics = new StringBuilder("# Many topics pages\n\n");
		for (int n = 1; n <= 250; n++) {
			manyTopics.append("## Quillet topic ").append(title(n)).append("\n\n### Which quillet is number ").append(title(n))
				.append("?\n\nThe answer of topic ").append(n).append(".\n\n");
		}
		importGuide(MANY_TOPICS, manyTopics);
	}

	private void importGuide(String slug, CharSequence markdown) {
		ImportOutcome outcome = this.imports.importGuide(ImportRun.Source.API, slug + ".md",
				markdown.toString().getBytes(StandardCharsets.UTF_8), "test");
		assertThat(outcome.applied()).isTrue();
		assertThat(outcome.guideSlug()).isEqualTo(slug);
	}

	@AfterAll
	void deleteTheGuides() {
		this.management.delete(GUIDE);
		this.management.delete(MANY_TOPICS);
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
		assertThat(sidebar(question)).contains("Zorbling question number 51?", "Zorbling question number 100?")
			.doesNotContain("Zorbling question number 50?", "Zorbling question number 101?");
	}

	@Test
	void shouldListAGuidesTopicsPageByPage() throws Exception {
		String first = page(GUIDE_PAGE);
		assertThat(first).contains("Quillet topic 001", "Quillet topic 100", "Which quillet is number 100?", "Page 1 of 3")
			.doesNotContain("Quillet topic 101")
			.contains("href=\"" + GUIDE_PAGE + "?page=2\"", "href=\"" + GUIDE_PAGE + "?page=3\"")
			.contains("250 topics · 250 questions")
			.contains("<link rel=\"canonical\" href=\"http://localhost" + GUIDE_PAGE + "\">");
		String last = page(GUIDE_PAGE + "?page=3");
		assertThat(last).contains("Quillet topic 201", "Quillet topic 250", "Page 3 of 3", "<ol class=\"guide-contents\" start=\"201\">")
			.doesNotContain("Quillet topic 200")
			.contains("href=\"" + GUIDE_PAGE + "\"")
			.contains("<link rel=\"canonical\" href=\"http://localhost" + GUIDE_PAGE + "?page=3\">");
	}

	@Test
	void shouldAnswerAGuidePagePastTheEndWith404() throws Exception {
		this.mvc.perform(get(GUIDE_PAGE + "?page=4")).andExpect(status().isNotFound());
		this.mvc.perform(get(GUIDE_PAGE + "?page=0")).andExpect(status().isNotFound());
	}

	@Test
	void shouldListInATopicsSidebarThePageOfTopicsThatHoldsIt() throws Exception {
		String sidebar = sidebar(page(GUIDE_PAGE + "/topics/quillet-topic-150"));
		assertThat(sidebar).contains("Quillet topic 101", "Quillet topic 150", "Quillet topic 200")
			.doesNotContain("Quillet topic 100<", "Quillet topic 201")
			.contains("href=\"" + GUIDE_PAGE + "?page=2\">Topics 101 to 200 of 250: all topics</a>");
	}

	@Test
	void shouldListInAQuestionsSidebarThePageOfTopicsThatHoldsItsTopic() throws Exception {
		String sidebar = sidebar(page(GUIDE_PAGE + "/questions/which-quillet-is-number-250"));
		assertThat(sidebar).contains("Quillet topic 201", "Quillet topic 250", "Which quillet is number 250?")
			.doesNotContain("Quillet topic 200")
			.contains("href=\"" + GUIDE_PAGE + "?page=3\">Topics 201 to 250 of 250: all topics</a>");
		assertThat(sidebar(page(GUIDE_PAGE + "/topics/quillet-topic-002")))
			.contains("href=\"" + GUIDE_PAGE + "\">Topics 1 to 100 of 250: all topics</a>");
	}

	@Test
	void shouldShowASmallerGuideOnOnePageWithEveryTopicInTheSidebar() throws Exception {
		String guide = page("/guides/python-senior-lead-questions");
		assertThat(guide).doesNotContain("list-pages", "Page 1 of").contains("<ol class=\"guide-contents\">");
		String sidebar = sidebar(page("/guides/python-senior-lead-questions/topics/oop-in-python"));
		assertThat(sidebar).doesNotContain("all topics").contains("Python Statements and Syntax", "Common Questions");
	}

	private static String title(int n) {
		return String.format("%03d", n);
	}

	private static String sidebar(String html) {
		int start = html.indexOf("id=\"sidebar\"");
		return html.substring(start, html.indexOf("</nav>", start));
	}

	private static long answers(String html) {
		return Pattern.compile("<div class=\"answer\" id=\"answer-").matcher(html).results().count();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
