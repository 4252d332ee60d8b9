package com.interviewbank.web;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.interviewbank.security.SecurityHeaders;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A strict Content-Security-Policy and the other security headers on pages, the API and the
 * admin; pages that need no inline code to work; the admin's forms still guarded by CSRF tokens.
 */
@SeedBankTest
class SecurityHeadersTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldSendAStrictPolicyWithoutInlineCodeEverywhere() throws Exception {
		for (String path : new String[] { "/", "/guides/python-senior-lead-questions", "/api/guides", "/admin/login",
				"/no-such-page" }) {
			this.mvc.perform(get(path)).andExpect(securityHeaders());
		}
		this.mvc.perform(get("/admin").with(user("admin").roles("ADMIN"))).andExpect(securityHeaders());
	}

	@Test
	void shouldServePagesWithoutInlineScriptsOrStyles() throws Exception {
		Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=\"|\\son[a-z]+=\"");
		for (String path : new String[] { "/", "/guides/python-senior-lead-questions",
				"/guides/python-senior-lead-questions/topics/oop-in-python", "/search?q=generators" }) {
			String page = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(inline.matcher(page).results().map(MatchResult::group)).as(path).isEmpty();
		}
	}

	@Test
	void shouldStillRefuseAdminFormsWithoutACsrfToken() throws Exception {
		this.mvc.perform(post("/admin/guides/python-senior-lead-questions/publish").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/logout").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
	}

	private static ResultMatcher securityHeaders() {
		return result -> {
			header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY).match(result);
			header().string("Content-Security-Policy", not(containsString("unsafe-inline"))).match(result);
			header().string("Content-Security-Policy", not(containsString("nonce-"))).match(result);
			header().string("X-Content-Type-Options", "nosniff").match(result);
			header().string("Referrer-Policy", "strict-origin-when-cross-origin").match(result);
		};
	}

}
