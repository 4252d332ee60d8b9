package com.interviewbank.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

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
@SpringBootTest(properties = { "bank.admin.username=keeper", "bank.admin.password=correct horse",
		"bank.admin.token=configured-automation-token", "bank.import-content-at-startup=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
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
		this.mvc.perform(get("/actuator/health").with(user("keeper").roles("ADMIN")))
			.andExpect(jsonPath("$.components.diskSpace.details.path").exists());
	}

	@Test
	void shouldNotNameAGuideThatDoesNotExistInInfo() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "only-a-dry-run")
			.contentType("text/markdown")
			.content("# Dry\n\n## Question\n\nAnswer.\n")
			.header("Authorization", "Bearer configured-automation-token")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"));
		this.mvc.perform(get("/actuator/info"))
			.andExpect(jsonPath("$.lastImport.status").value("DRY_RUN"))
			.andExpect(content().string(not(containsString("only-a-dry-run"))));
	}

}
