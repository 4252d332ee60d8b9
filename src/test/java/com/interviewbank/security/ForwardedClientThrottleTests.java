package com.interviewbank.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy (here: requests from the loopback address, a trusted proxy, carrying
 * X-Forwarded-For) the login throttle counts per real client, so an attacker's wrong passwords do
 * not lock the admin out, and the third failure already locks the attacker.
 */
@SharedBankTest
class ForwardedClientThrottleTests {

	private static final String ATTACKER = "203.0.113.5";

	private static final String ADMIN = "198.51.100.7";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldLockOutOnlyTheClientThatFailedFromItsThirdFailureOn() throws Exception {
		assertThat(history(ATTACKER, "wrong").statusCode()).isEqualTo(401);
		assertThat(history(ATTACKER, "wrong").statusCode()).isEqualTo(401);
		assertThat(history(ATTACKER, "wrong").statusCode()).isEqualTo(401);

		HttpResponse<String> locked = history(ATTACKER, TestAdmin.PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();

		assertThat(history(ADMIN, TestAdmin.PASSWORD).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> history(String client, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((TestAdmin.USERNAME + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/api/imports"))
			.header("Authorization", "Basic " + basic)
			.header("X-Forwarded-For", client)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
