package com.interviewbank.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.interviewbank.guide.ServedContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the caching filter decides by itself: which paths are public, and that a server error is
 * never cached.
 */
class PublicCachingTests {

	private final ServedContent content = mock(ServedContent.class);

	private final BuildId build = mock(BuildId.class);

	private final PublicCaching filter = new PublicCaching(this.content, this.build);

	@Test
	void shouldNeverLetACacheKeepAServerError() throws Exception {
		given(this.content.fingerprint()).willReturn("c0ffee");
		given(this.build.value()).willReturn("b1");
		assertThat(cacheControl("/guides/g", (req, res) -> ((HttpServletResponse) res).sendError(503))).isEqualTo("no-store");
		assertThat(cacheControl("/api/guides", (req, res) -> ((HttpServletResponse) res).setStatus(500))).isEqualTo("no-store");
		assertThat(cacheControl("/guides/g", (req, res) -> ((HttpServletResponse) res).sendError(404)))
			.isEqualTo("max-age=60, public");
	}

	@Test
	void shouldLeaveEverythingButPublicReadsAlone() throws Exception {
		for (String path : new String[] { "/random", "/admin", "/admin/api/imports", "/actuator/health", "/practice/other",
				"/v3/api-docs" }) {
			assertThat(cacheControl(path, (req, res) -> {
			})).as(path).isNull();
		}
	}

	private String cacheControl(String path, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
		return response.getHeader("Cache-Control");
	}

}
