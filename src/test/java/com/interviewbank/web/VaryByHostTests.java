package com.interviewbank.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With no public URL, pages name the host they were asked for, so a shared cache must key them by
 * host: every answer varies by Host.
 */
@SharedBankTest
class VaryByHostTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldVaryPublicAnswersByHost() throws Exception {
		this.mvc.perform(get("/robots.txt").header("Host", "other.example"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem(containsString("Host"))));
	}

}
