package com.interviewbank.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health tells everyone whether the bank is up, and only the admin where its data lives; info names
 * only guides that exist.
 */
@SharedBankTest
class HealthDetailsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldShowHealthDetailsToTheAdminOnly() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(jsonPath("$.status").exists())
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(content().string(not(containsString("diskSpace"))))
			.andExpect(content().string(not(containsString("path"))));
		this.mvc.perform(get("/actuator/health").with(user(TestAdmin.USERNAME).roles("ADMIN")))
			.andExpect(jsonPath("$.components.diskSpace.details.path").exists());
	}

	@Test
	void shouldNotNameAGuideThatDoesNotExistInInfo() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "only-a-dry-run")
			.contentType("text/markdown")
			.content("# Dry\n\n## Question\n\nAnswer.\n")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN)
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"));
		this.mvc.perform(get("/actuator/info"))
			.andExpect(jsonPath("$.lastImport.status").value("DRY_RUN"))
			.andExpect(content().string(not(containsString("only-a-dry-run"))));
	}

}
