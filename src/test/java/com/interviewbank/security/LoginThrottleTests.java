package com.interviewbank.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed logins lock a user name out, per client, for longer and longer.
 */
@SharedBankTest
class LoginThrottleTests {

	/**
	 * A client address of this class's own: the lockout is per user name and client, and the
	 * admin it locks out is the one other tests of the shared context log in as (from MockMvc's
	 * default 127.0.0.1).
	 */
	private static final RequestPostProcessor CLIENT = request -> {
		request.setRemoteAddr("192.0.2.44");
		return request;
	};

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldDoubleTheLockoutFromTheThirdFailureUpToFifteenMinutes() {
		assertThat(LoginThrottle.lockoutAfter(3)).isEqualTo(Duration.ofSeconds(1));
		assertThat(LoginThrottle.lockoutAfter(4)).isEqualTo(Duration.ofSeconds(2));
		assertThat(LoginThrottle.lockoutAfter(7)).isEqualTo(Duration.ofSeconds(16));
		assertThat(LoginThrottle.lockoutAfter(40)).isEqualTo(LoginThrottle.LONGEST_LOCKOUT);
	}

	@Test
	void shouldLockOutTheApiAfterRepeatedWrongPasswordsEvenForTheRightOne() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(get("/admin/api/imports").with(httpBasic(TestAdmin.USERNAME, "wrong")).with(CLIENT)).andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/admin/api/imports").with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)).with(CLIENT))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.title").value("Too many failed logins"));
		this.mvc.perform(get("/admin/api/imports").with(httpBasic("someone-else", "wrong")).with(CLIENT)).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldSendALockedOutFormLoginBackWithANotice() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(post("/admin/login").param("username", "Form-User").param("password", "wrong").with(csrf()).with(CLIENT))
				.andExpect(redirectedUrl("/admin/login?error"));
		}
		this.mvc.perform(post("/admin/login").param("username", "form-user").param("password", "wrong").with(csrf()).with(CLIENT))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/login?locked=*"));
	}

}
