package com.interviewbank.browse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.guide.AnswerAnchor;
import com.interviewbank.system.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The guide pages' controller on its own, with the bank behind it mocked.
 */
@WebMvcTest({ GuideController.class, HomeController.class })
class GuideControllerTests {

	private static final PageModels.GuideView GUIDE = new PageModels.GuideView("py", "Python", "en", "MIT, © someone", 3,
			Instant.parse("2026-01-01T00:00:00Z"), 2, List.of(new PageModels.TopicLink("basics", "Basics", 2)));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private BrowseService browse;

	@Test
	void shouldRenderAQuestionWithBreadcrumbsPositionAndNeighbours() throws Exception {
		PageModels.QuestionView question = new PageModels.QuestionView("k1", "what-is-gil", "What is GIL?",
				"What is <code>GIL</code>?", "QUESTION", 2, "md", "<p>The lock.</p>",
				List.of(new AnswerAnchor("details", "Details", 3, true)), List.of("concurrency"), 4);
		given(this.browse.question("py", "what-is-gil")).willReturn(new PageModels.QuestionPage(GUIDE,
				new PageModels.TopicLink("basics", "Basics", 2), question, 2, List.of(), null, new PageModels.QuestionLink("intro", "Intro", "Intro"),
				null, List.of(), new PageModels.TopicPlace(List.of(new PageModels.QuestionLink("intro", "Intro", "Intro"),
						new PageModels.QuestionLink("what-is-gil", "What is GIL?", "What is <code>GIL</code>?")), 2, 2, null, null,
						Paging.of(2, 50, 1, "topic"))));
		given(this.browse.sidebarTopics(GUIDE, "basics"))
			.willReturn(new PageModels.TopicList(GUIDE.topics(), Paging.of(1, 100, 1, "guide")));
		this.mvc.perform(get("/guides/py/questions/what-is-gil"))
			.andExpect(status().isOk())
			.andExpect(view().name("browse/question"))
			.andExpect(model().attribute("guide", GUIDE))
			.andExpect(content().string(containsString("<h1 id=\"what-is-gil\">What is <code>GIL</code>?</h1>")))
			.andExpect(content().string(containsString("Question 2 of 2")))
			.andExpect(content().string(containsString("2 of 2 in this topic")))
			.andExpect(content().string(containsString("aria-current=\"page\">What is <code>GIL</code>?</a>")))
			.andExpect(content().string(containsString("href=\"/guides/py/questions/intro\"")))
			.andExpect(content().string(containsString("href=\"#details\"")))
			.andExpect(content().string(containsString("MIT, © someone")))
			.andExpect(content().string(containsString("<p>The lock.</p>")))
			.andExpect(content().string(containsString("Advanced · difficulty 4 of 5")))
			.andExpect(content().string(containsString("href=\"/search?tag=concurrency\"")));
	}

	@Test
	void shouldAnswer404ForAnUnknownQuestion() throws Exception {
		given(this.browse.question("py", "nope")).willThrow(new NotFoundException("No question “nope” in Python"));
		this.mvc.perform(get("/guides/py/questions/nope")).andExpect(status().isNotFound());
	}

	@Test
	void shouldRedirectAnAnchorToThePageHoldingIt() throws Exception {
		given(this.browse.pageOfAnchor("py", "что-такое")).willReturn("/guides/py/questions/q#что-такое");
		this.mvc.perform(get("/guides/py/anchors/что-такое"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location",
					"/guides/py/questions/q#%D1%87%D1%82%D0%BE-%D1%82%D0%B0%D0%BA%D0%BE%D0%B5"));
	}

	@Test
	void shouldServeTheSourceAsMarkdown() throws Exception {
		given(this.browse.source("py")).willReturn("# Python\n");
		this.mvc.perform(get("/guides/py/source.md"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/markdown;charset=UTF-8"))
			.andExpect(content().string("# Python\n"));
	}

	@Test
	void shouldSendRandomQuestionsUncachedAndSayWhenThereAreNone() throws Exception {
		given(this.browse.randomQuestionPath()).willReturn(java.util.Optional.of("/guides/py/questions/q"));
		this.mvc.perform(get("/random"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/guides/py/questions/q"))
			.andExpect(header().string("Cache-Control", "no-store"));
		given(this.browse.randomQuestionPath()).willReturn(java.util.Optional.empty());
		this.mvc.perform(get("/random")).andExpect(status().isNotFound());
	}

}
