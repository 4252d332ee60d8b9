package com.interviewbank.practice;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Short links to interviewers' sets: stored once per set, opened with their name and order,
 * refused when they hold nothing of the bank.
 */
@SharedBankTest
class SharedSetTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GuideRepository guides;

	@Autowired
	private QuestionRepository questions;

	@Test
	void shouldShareASetByAShortLinkThatKeepsItsNameAndOrder() throws Exception {
		List<Question> all = this.questions
			.findByVersionOrderByPosition(this.guides.findPublished("python-senior-lead-questions").orElseThrow().getActiveVersion());
		Question second = all.get(30);
		Question first = all.get(5);
		String body = JSON.writeValueAsString(new SetApiController.ShareRequest("Round 2 <b>",
				List.of(second.getStableKey(), "not-a-key", first.getStableKey())));
		String created = this.mvc.perform(post("/api/sets").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/s/[0-9a-f]{10}")))
			.andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.matchesPattern("/s/[0-9a-f]{10}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = JSON.readTree(created).get("url").asString();
		this.mvc.perform(post("/api/sets").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(jsonPath("$.url").value(url));

		String html = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<h1 class=\"set-name\">Round 2 &lt;b&gt;</h1>");
		assertThat(html.indexOf("data-id=\"" + second.getStableKey() + "\""))
			.isPositive()
			.isLessThan(html.indexOf("data-id=\"" + first.getStableKey() + "\""));
		assertThat(html).doesNotContain("not-a-key").contains("class=\"set-page handout-no-answers\"");
	}

	@Test
	void shouldRefuseASetWithNoQuestionOfTheBankAndAnswer404ForAnUnknownLink() throws Exception {
		this.mvc.perform(post("/api/sets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"ids\": [\"nope\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
		this.mvc.perform(get("/s/0123456789")).andExpect(status().isNotFound());
	}

}
