package com.interviewbank.browse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SeedBankTest;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read API on the seed: the JSON shapes of docs/ARCHITECTURE.md, field by field.
 */
@SeedBankTest
class BrowseApiTests {

	private static final String GUIDE = "/api/guides/python-senior-lead-questions";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListGuides() throws Exception {
		this.mvc.perform(get("/api/guides"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].slug").value("python-senior-lead-questions"))
			.andExpect(jsonPath("$[0].title").value("Python Questions for Senior and Lead roles"))
			.andExpect(jsonPath("$[0].language").value("en"))
			.andExpect(jsonPath("$[0].topics").value(22))
			.andExpect(jsonPath("$[0].questions").value(143))
			.andExpect(jsonPath("$[0].version").value(1))
			.andExpect(jsonPath("$[0].updatedAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
			.andExpect(jsonPath("$[0].length()").value(7));
	}

	@Test
	void shouldDescribeAGuideAndItsTopics() throws Exception {
		this.mvc.perform(get(GUIDE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("python-senior-lead-questions"))
			.andExpect(jsonPath("$.title").value("Python Questions for Senior and Lead roles"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.updatedAt").isString())
			.andExpect(jsonPath("$.attribution").value(nullValue()))
			.andExpect(jsonPath("$.topics", hasSize(22)))
			.andExpect(jsonPath("$.topics[0].slug").value("python-questions-for-senior-and-lead-roles"))
			.andExpect(jsonPath("$.topics[0].title").value("Python Questions for Senior and Lead roles"))
			.andExpect(jsonPath("$.topics[0].questionCount").value(11))
			.andExpect(jsonPath("$.topics[21].questionCount").value(12))
			.andExpect(jsonPath("$.length()").value(7));
	}

	@Test
	void shouldDescribeATopicAndItsQuestions() throws Exception {
		this.mvc.perform(get(GUIDE + "/topics/oop-in-python"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.guide").value("python-senior-lead-questions"))
			.andExpect(jsonPath("$.slug").value("oop-in-python"))
			.andExpect(jsonPath("$.title").value("OOP in Python"))
			.andExpect(jsonPath("$.introHtml").isString())
			.andExpect(jsonPath("$.questions", hasSize(19)))
			.andExpect(jsonPath("$.questions[0].slug").value("solid"))
			.andExpect(jsonPath("$.questions[0].title").value("SOLID"))
			.andExpect(jsonPath("$.questions[0].kind").value("QUESTION"))
			.andExpect(jsonPath("$.questions[0].id").value(matchesPattern("[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.questions[0].tags").isEmpty())
			.andExpect(jsonPath("$.questions[0].difficulty").value(nullValue()))
			.andExpect(jsonPath("$.questions[0].length()").value(6))
			.andExpect(jsonPath("$.length()").value(5));
	}

	@Test
	void shouldDescribeAQuestionWithItsNeighboursAndPosition() throws Exception {
		this.mvc.perform(get(GUIDE + "/questions/mutable-and-immutable-objects"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(matchesPattern("[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.guide").value("python-senior-lead-questions"))
			.andExpect(jsonPath("$.topic").value("python-questions-for-senior-and-lead-roles"))
			.andExpect(jsonPath("$.slug").value("mutable-and-immutable-objects"))
			.andExpect(jsonPath("$.title").value("Mutable and Immutable Objects"))
			.andExpect(jsonPath("$.titleHtml").value("Mutable and Immutable Objects"))
			.andExpect(jsonPath("$.kind").value("QUESTION"))
			.andExpect(jsonPath("$.answerMarkdown").value(startsWith("### Mutable objects (call by reference):")))
			.andExpect(jsonPath("$.answerHtml").value(startsWith("<h3 id=\"mutable-objects-call-by-reference\">Mutable objects (call by reference):")))
			.andExpect(jsonPath("$.sections", hasSize(4)))
			.andExpect(jsonPath("$.sections[2].anchor").value("features"))
			.andExpect(jsonPath("$.sections[2].title").value("Features:"))
			.andExpect(jsonPath("$.sections[2].level").value(3))
			.andExpect(jsonPath("$.previous").value(nullValue()))
			.andExpect(jsonPath("$.next").value("ways-to-execute-python-code-exec-eval-ast-code-codeop-etc"))
			.andExpect(jsonPath("$.position").value(1))
			.andExpect(jsonPath("$.of").value(143))
			.andExpect(jsonPath("$.tags").isArray())
			.andExpect(jsonPath("$.tags").isEmpty())
			.andExpect(jsonPath("$.difficulty").value(nullValue()))
			.andExpect(jsonPath("$.length()").value(16));
		this.mvc.perform(get(GUIDE + "/questions/__slots__"))
			.andExpect(jsonPath("$.titleHtml").value("<code>__slots__</code>"))
			.andExpect(jsonPath("$.previous").value("type-isinstance-issubclass"));
	}

	@Test
	void shouldAnswerUnknownSlugsWithProblemDetails() throws Exception {
		for (String path : new String[] { "/api/guides/nope", GUIDE + "/topics/nope", GUIDE + "/questions/nope" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.title").value("Not found"))
				.andExpect(jsonPath("$.detail").value(startsWith("No ")))
				.andExpect(jsonPath("$.instance").value(path));
		}
	}

}
