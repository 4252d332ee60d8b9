package com.interviewbank.browse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.guide.Question;
import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page of a long topic reads only what it shows (docs/ARCHITECTURE.md, "Big guides"): its own
 * questions, the titles of its sidebar, the neighbours by number; never the whole topic. And what
 * it shows is right at the edges of its pages: the prompts of an intro and of a page's last answer,
 * "N of M in this topic", the sidebar's page, the previous and next question across topics.
 */
@SharedBankTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicWindowTests {

	private static final String GUIDE = "topic-window";

	private static final String TOPIC = "/guides/" + GUIDE + "/topics/long-topic";

	private static final String QUESTIONS = "/guides/" + GUIDE + "/questions/";

	private static final int ASKED = 130;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideManagement management;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@BeforeAll
	void importTheGuide() throws Exception {
		StringBuilder markdown = new StringBuilder("# Topic window\n\n## Short topic\n\n### Short question one?\n\nShort answer.\n\n"
				+ "## Long topic\n\n- What would you warm up with?\n- Why warm up first?\n\n");
		for (int n = 1; n <= ASKED; n++) {
			markdown.append("### Window question ").append(n).append("?\n\n");
			if (n == 50) {
				markdown.append("- What closes the first page?\n- Which page lists this prompt?\n\n");
			}
			else {
				markdown.append("Window answer ").append(n).append(".\n\n");
			}
		}
		markdown.append("## Next topic\n\n### After the window?\n\nThe next topic's answer.\n");
		ImportOutcome outcome = this.imports.importGuide(ImportRun.Source.API, GUIDE + ".md",
				markdown.toString().getBytes(StandardCharsets.UTF_8), "test");
		assertThat(outcome.applied()).isTrue();
		// What a question page keeps in memory per content served (related questions) is built here, not measured.
		page(QUESTIONS + "after-the-window");
	}

	@AfterAll
	void deleteTheGuide() {
		this.management.delete(GUIDE);
	}

	@Test
	void shouldReadOnlyItsOwnQuestionsForATopicPage() throws Exception {
		String[] second = new String[1];
		Reads reads = reads(() -> second[0] = page(TOPIC + "?page=2"));
		// 50 questions shown and the one after them (where the page's last answer ends), of 130.
		assertThat(reads.questionsLoaded()).isBetween(50L, 51L);
		assertThat(reads.mostRowsOfOneQuery()).isLessThanOrEqualTo(51);
		assertThat(second[0]).contains("Window answer 51.", "Window answer 100.")
			.doesNotContain("what-closes-the-first-page", "what-would-you-warm-up-with", "Window answer 101.");
	}

	@Test
	void shouldReadOnlyAWindowOfItsTopicForAQuestionPage() throws Exception {
		String[] shown = new String[1];
		Reads reads = reads(() -> shown[0] = page(QUESTIONS + "window-question-77"));
		// The question, its previous and next; the sidebar's 50 titles are read without answers, and
		// its related questions come from memory.
		assertThat(reads.questionsLoaded()).isBetween(1L, 3L);
		assertThat(reads.mostRowsOfOneQuery()).isLessThanOrEqualTo(50);
		assertThat(shown[0]).contains("<nav class=\"related").contains("href=\"" + QUESTIONS + "window-question-");
		// A prompt: itself, the prompts before and after it, the question listing it.
		Reads prompt = reads(() -> page(QUESTIONS + "what-closes-the-first-page"));
		assertThat(prompt.questionsLoaded()).isBetween(2L, 4L);
		assertThat(prompt.mostRowsOfOneQuery()).isLessThanOrEqualTo(50);
	}

	@Test
	void shouldListTheIntrosPromptsOnTheFirstPageAndAPagesLastAnswersPromptsOnItsPage() throws Exception {
		String first = page(TOPIC);
		assertThat(first).contains("href=\"" + QUESTIONS + "what-would-you-warm-up-with\"",
				"href=\"" + QUESTIONS + "what-closes-the-first-page\"", "Window answer 49.")
			.doesNotContain("Window answer 51.");
	}

	@Test
	void shouldPlaceAQuestionAtAPageBoundaryInItsPagesSidebar() throws Exception {
		String fiftieth = page(QUESTIONS + "window-question-50");
		assertThat(fiftieth).contains("50 of 130 in this topic", "Question 51 of 132")
			.contains("href=\"" + QUESTIONS + "what-closes-the-first-page\"");
		assertThat(sidebar(fiftieth)).contains("Window question 1?", "Window question 50?")
			.doesNotContain("Window question 51?")
			.contains("aria-current=\"page\">Window question 50?");
		assertThat(pager(fiftieth)).contains("href=\"" + QUESTIONS + "window-question-49\"",
				"href=\"" + QUESTIONS + "window-question-51\"").doesNotContain("topic-boundary");
		String fiftyFirst = page(QUESTIONS + "window-question-51");
		assertThat(fiftyFirst).contains("51 of 130 in this topic", "(page 2 of the topic)", "href=\"" + TOPIC + "?page=2\"");
		assertThat(sidebar(fiftyFirst)).contains("Window question 51?", "Window question 100?")
			.doesNotContain("Window question 50?", "Window question 101?");
	}

	@Test
	void shouldCrossToTheNeighbouringTopicsAtATopicsEnds() throws Exception {
		String last = page(QUESTIONS + "window-question-130");
		assertThat(last).contains("130 of 130 in this topic", "(page 3 of the topic)");
		assertThat(sidebar(last)).contains("Window question 101?", "Window question 130?").doesNotContain("Window question 100?");
		assertThat(pager(last)).contains("href=\"" + QUESTIONS + "after-the-window\"", "Next topic: Next topic");
		String first = page(QUESTIONS + "window-question-1");
		assertThat(first).contains("1 of 130 in this topic");
		assertThat(pager(first)).contains("href=\"" + QUESTIONS + "short-question-one\"", "Previous topic: Short topic");
	}

	@Test
	void shouldPlaceAPromptAmongItsTopicsPromptsUnderTheQuestionListingIt() throws Exception {
		String listed = page(QUESTIONS + "which-page-lists-this-prompt");
		assertThat(listed).contains("4 of 4 in this topic", "Listed in")
			.contains("href=\"" + QUESTIONS + "window-question-50\"");
		assertThat(sidebar(listed)).contains("Window question 50?").doesNotContain("Window question 51?");
		String intro = page(QUESTIONS + "what-would-you-warm-up-with");
		assertThat(intro).contains("1 of 4 in this topic").doesNotContain("Listed in");
		assertThat(sidebar(intro)).contains("Window question 1?", "Window question 50?");
	}

	@Test
	void shouldListEveryItemOfTheTopicInTheApiWithoutAnswers() throws Exception {
		this.mvc.perform(get("/api/guides/" + GUIDE + "/topics/long-topic"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions", hasSize(ASKED + 4)))
			.andExpect(jsonPath("$.questions[0].slug").value("what-would-you-warm-up-with"))
			.andExpect(jsonPath("$.questions[0].kind").value("PROMPT"))
			.andExpect(jsonPath("$.questions[2].slug").value("window-question-1"))
			.andExpect(jsonPath("$.questions[2].kind").value("QUESTION"))
			.andExpect(jsonPath("$.questions[2].id").isString())
			.andExpect(jsonPath("$.questions[2].tags", hasSize(0)))
			.andExpect(jsonPath("$.questions[52].slug").value("what-closes-the-first-page"));
		this.mvc.perform(get("/api/guides/" + GUIDE + "/questions/window-question-130"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previous").value("window-question-129"))
			.andExpect(jsonPath("$.next").value("after-the-window"))
			.andExpect(jsonPath("$.position").value(131))
			.andExpect(jsonPath("$.of").value(132));
	}

	/** What the database gave one request: entities loaded, rows of its queries. */
	private record Reads(long questionsLoaded, long mostRowsOfOneQuery) {
	}

	private interface Request {

		void run() throws Exception;

	}

	private Reads reads(Request request) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			request.run();
			ToLongFunction<String> rows = query -> statistics.getQueryStatistics(query).getExecutionRowCount();
			return new Reads(statistics.getEntityStatistics(Question.class.getName()).getLoadCount(),
					Arrays.stream(statistics.getQueries()).mapToLong(rows).max().orElse(0));
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private static String sidebar(String html) {
		int start = html.indexOf("id=\"sidebar\"");
		return html.substring(start, html.indexOf("</nav>", start));
	}

	private static String pager(String html) {
		int start = html.indexOf("class=\"d-flex justify-content-between gap-3 mt-5 pager\"");
		return html.substring(start, html.indexOf("</nav>", start));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
