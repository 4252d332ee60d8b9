package com.interviewbank.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guide's details the admin types that the bank cannot keep are refused with a notice, and the
 * guide keeps what it had.
 */
@SharedBankTest
class GuideDetailsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldRefuseALanguageOverSixteenCharactersWithANotice() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "details-guide")
			.param("dryRun", "false")
			.contentType("text/markdown")
			.content("# Details guide\n\n## Question\n\nAnswer.\n")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk());
		this.mvc.perform(post("/admin/guides/details-guide").param("title", "New title")
			.param("language", "a-language-far-too-long")
			.with(user(TestAdmin.USERNAME).roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "The language can be at most 16 characters."));
		this.mvc.perform(get("/api/guides/details-guide")).andExpect(jsonPath("$.title").value("Details guide"));
	}

	@Test
	void shouldShowTheSourceTitleAgainAsSoonAsTheOverrideIsCleared() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "titled-guide")
			.param("dryRun", "false")
			.contentType("text/markdown")
			.content("# Source title\n\n## Question\n\nAnswer.\n")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk());
		this.mvc.perform(post("/admin/guides/titled-guide").param("title", "Admin title")
			.with(user(TestAdmin.USERNAME).roles("ADMIN"))
			.with(csrf()));
		this.mvc.perform(get("/api/guides/titled-guide")).andExpect(jsonPath("$.title").value("Admin title"));
		this.mvc.perform(post("/admin/guides/titled-guide").param("title", "")
			.with(user(TestAdmin.USERNAME).roles("ADMIN"))
			.with(csrf()));
		this.mvc.perform(get("/api/guides/titled-guide")).andExpect(jsonPath("$.title").value("Source title"));
	}

}
