package com.interviewbank.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page on another origin can make the admin's browser send (a form: text/plain,
 * multipart or urlencoded, with the browser's Basic credentials or session cookie attached) never
 * imports a guide.
 */
@SharedBankTest
class CrossSiteImportTests {

	private static final String GUIDE = "# Pwned\n\n## Question\n\nAnswer.\n";

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldRefuseATextPlainFormPostCarryingTheBrowsersBasicCredentials() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "csrf-pwned")
			.param("dryRun", "false")
			.contentType("text/plain")
			.content(GUIDE)
			.with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Cross-site request refused"));
		assertNotPublished();
	}

	@Test
	void shouldRefuseAMultipartFormPostCarryingTheBrowsersBasicCredentials() throws Exception {
		this.mvc.perform(multipart("/admin/api/imports").file(new MockMultipartFile("file", "g.md", "text/markdown", GUIDE.getBytes()))
			.param("guide", "csrf-pwned")
			.param("dryRun", "false")
			.with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isForbidden());
		assertNotPublished();
	}

	@Test
	void shouldIgnoreTheAdminsSessionCookieOnTheApi() throws Exception {
		Cookie session = this.mvc
			.perform(post("/admin/login").param("username", TestAdmin.USERNAME).param("password", TestAdmin.PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/admin/api/imports").param("guide", "csrf-pwned")
			.param("dryRun", "false")
			.contentType("text/markdown")
			.content(GUIDE)
			.cookie(session))
			.andExpect(status().isUnauthorized());
		assertNotPublished();
	}

	@Test
	void shouldStillTakeBasicFromAScriptThatSendsTheHeaderButOnlyDocumentedTypes() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "script-guide")
			.contentType("text/markdown")
			.content(GUIDE)
			.header("X-Requested-With", "curl")
			.with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"));
		this.mvc.perform(post("/admin/api/imports").param("guide", "script-guide")
			.contentType("text/plain")
			.content(GUIDE)
			.header("X-Requested-With", "curl")
			.with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isUnsupportedMediaType());
	}

	private void assertNotPublished() throws Exception {
		this.mvc.perform(get("/api/guides/csrf-pwned")).andExpect(status().isNotFound());
	}

}
