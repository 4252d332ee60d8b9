package com.interviewbank.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request has an id while it runs (what log lines print) and in its response.
 */
class RequestIdTests {

	private final RequestId filter = new RequestId();

	@Test
	void shouldPutAFreshIdInTheLogContextAndTheResponse() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		List<String> seen = new ArrayList<>();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> seen.add(MDC.get("requestId")));
		assertThat(seen).hasSize(1);
		assertThat(seen.get(0)).matches("[0-9a-f]{16}");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo(seen.get(0));
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void shouldKeepAProxysIdButNeverAnythingThatCouldForgeALogLine() throws Exception {
		assertThat(idFor("edge-42.abc")).isEqualTo("edge-42.abc");
		assertThat(idFor("evil\nINFO forged line")).matches("[0-9a-f]{16}");
		assertThat(idFor("x".repeat(65))).matches("[0-9a-f]{16}");
	}

	private String idFor(String incoming) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("X-Request-Id", incoming);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
		});
		return response.getHeader("X-Request-Id");
	}

}
