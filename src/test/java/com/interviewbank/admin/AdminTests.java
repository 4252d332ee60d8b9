package com.interviewbank.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin side: login required, search insight from submitted searches, CSRF on forms.
 */
@SharedBankTest
class AdminTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldSendBrowsersToTheLoginPageAndApiClientsA401() throws Exception {
		this.mvc.perform(get("/admin").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void shouldLogInWithTheConfiguredAccountOnly() throws Exception {
		this.mvc.perform(post("/admin/login").param("username", TestAdmin.USERNAME).param("password", TestAdmin.PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(post("/admin/login").param("username", TestAdmin.USERNAME).param("password", "wrong").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login?error"));
		this.mvc.perform(post("/admin/login").param("username", TestAdmin.USERNAME).param("password", TestAdmin.PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void shouldShowWhatReadersSearchedForAndWhatFoundNothing() throws Exception {
		this.mvc.perform(get("/search").param("q", "Generators")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "generators")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "xylophone zeppelin")).andExpect(status().isOk());
		this.mvc.perform(get("/api/search/suggest").param("q", "as-you-type")).andExpect(status().isOk());
		this.mvc.perform(get("/admin").with(user("keeper").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td><a href=\"/search?q=generators\">generators</a></td>")))
			.andExpect(content().string(containsString("<td>xylophone zeppelin</td>")))
			.andExpect(content().string(containsString("class=\"chart-bar\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("as-you-type"))));
	}

	@Test
	void shouldNeedACsrfTokenToLogOut() throws Exception {
		this.mvc.perform(post("/admin/logout")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/logout").with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
	}

}
