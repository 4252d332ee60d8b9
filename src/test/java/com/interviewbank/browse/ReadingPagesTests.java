package com.interviewbank.browse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.Topic;
import com.interviewbank.guide.TopicRepository;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading the seed like a docs site: the sidebar, the guide's full contents, the place of a
 * question in its topic, topic boundaries, related questions, one count everywhere, and pages
 * that load the code highlighter only where there is code.
 */
@SeedBankTest
class ReadingPagesTests {

	private static final String GUIDE = "python-senior-lead-questions";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GuideRepository guides;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private QuestionRepository questions;

	@Test
	void shouldListEveryQuestionOfEveryTopicOnTheGuidePage() throws Exception {
		String html = page("/guides/" + GUIDE);
		List<Question> all = this.questions.findByVersionOrderByPosition(version());
		all.stream()
			.filter(q -> !q.isPrompt())
			.forEach(q -> assertThat(html).contains("href=\"/guides/" + GUIDE + "/questions/"
					+ UriUtils.encodePathSegment(q.getSlug(), StandardCharsets.UTF_8) + "\""));
		assertThat(Pattern.compile("<ol class=\"small guide-questions\">").matcher(html).results().count()).isEqualTo(22);
		assertThat(html).contains("74 prompts");
	}

	@Test
	void shouldMarkTheCurrentQuestionInTheSidebarAndPlaceItInItsTopic() throws Exception {
		String html = page("/guides/" + GUIDE + "/questions/__slots__");
		assertThat(html).contains("aria-current=\"page\"><code>__slots__</code></a>")
			.contains("class=\"current-topic\"")
			.containsPattern("\\d+ of \\d+ in this topic</span> ·\\s+<span>Question \\d+ of 143</span>");
		for (Topic topic : this.topics.findByVersionOrderByPosition(version())) {
			assertThat(html).contains("href=\"/guides/" + GUIDE + "/topics/" + topic.getSlug() + "\"");
		}
	}

	@Test
	void shouldNameTheNextTopicAtTheEndOfATopic() throws Exception {
		List<Topic> all = this.topics.findByVersionOrderByPosition(version());
		Topic oop = all.stream().filter(t -> t.getSlug().equals("oop-in-python")).findFirst().orElseThrow();
		Topic next = all.get(all.indexOf(oop) + 1);
		List<Question> inOop = this.questions.findByTopicOrderByPosition(oop).stream().filter(q -> !q.isPrompt()).toList();
		Question last = inOop.get(inOop.size() - 1);
		String html = page("/guides/" + GUIDE + "/questions/" + last.getSlug());
		assertThat(html).contains(inOop.size() + " of " + inOop.size() + " in this topic")
			.contains("Next topic: " + next.getTitle() + " →");
		String middle = page("/guides/" + GUIDE + "/questions/" + inOop.get(1).getSlug());
		assertThat(middle).doesNotContain("Next topic:");
	}

	@Test
	void shouldRelateTheGilToMultiprocessingAndNeverLeaveAQuestionWithoutRelated() throws Exception {
		String gil = related(page("/guides/" + GUIDE + "/questions/gil-definition-algorithms-in-2x-and-3x"));
		assertThat(gil).containsIgnoringCase("multiprocessing")
			.doesNotContain("metaclass")
			.doesNotContain("TDD");
		assertThat(related(page("/guides/" + GUIDE + "/questions/__slots__"))).contains("<li>");
		assertThat(related(page("/guides/" + GUIDE + "/questions/coroutines"))).contains("<li>");
	}

	@Test
	void shouldListASectionsPromptsOnceOnTheTopicPage() throws Exception {
		String html = page("/guides/" + GUIDE + "/topics/common-questions");
		Question prompt = this.questions.findByVersionOrderByPosition(version())
			.stream()
			.filter(Question::isPrompt)
			.findFirst()
			.orElseThrow();
		assertThat(Pattern.compile("href=\"/guides/" + GUIDE + "/questions/" + Pattern.quote(prompt.getSlug()) + "\"")
			.matcher(html)
			.results()
			.count()).isEqualTo(1);
		assertThat(html).doesNotContain("class=\"prompt-list");
	}

	@Test
	void shouldLoadTheHighlighterOnlyWhereThereIsCode() throws Exception {
		for (String path : List.of("/", "/guides/" + GUIDE, "/guides/" + GUIDE + "/questions/__slots__")) {
			String html = page(path);
			assertThat(html).as(path).doesNotContain("<script src=\"/webjars/prismjs")
				.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon")
				.containsPattern("data-prism-core=\"/webjars/prismjs/[^\"]*prism-core.min[^\"]*.js\"")
				.contains("data-code-languages=\"/js/code-languages.json\"");
		}
		this.mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
	}

	private String related(String html) {
		int start = html.indexOf("<nav class=\"related");
		assertThat(start).as("a related questions list").isGreaterThan(0);
		return html.substring(start, html.indexOf("</nav>", start));
	}

	private GuideVersion version() {
		return this.guides.findPublished(GUIDE).orElseThrow().getActiveVersion();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
