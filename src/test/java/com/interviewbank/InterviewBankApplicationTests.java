package com.interviewbank;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SeedBankTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application starts and reports healthy. (That the importer is wired with the configured
 * limits is {@code imports.ParserConfigurationTests}.)
 */
@SeedBankTest
class InterviewBankApplicationTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldReportHealthy() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

}
