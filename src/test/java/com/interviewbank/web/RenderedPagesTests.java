package com.interviewbank.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.interviewbank.guide.ServedContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A guide page or a search is rendered once per version of the content: served from memory while
 * the content stays the same, rendered again once it changes; never an error, a random question or
 * a page its handler marks not to keep; what its handler asks to do on every serving is done.
 */
class RenderedPagesTests {

	private final ServedContent content = mock(ServedContent.class);

	private final RenderedPages pages = new RenderedPages(this.content, 1000);

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void shouldRenderAPageOncePerVersionOfTheContent() throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		assertThat(get("/guides/g/topics/t", render(200, "first"))).isEqualTo("first");
		assertThat(get("/guides/g/topics/t", render(200, "second"))).isEqualTo("first");
		assertThat(this.renders).hasValue(1);
		given(this.content.fingerprint()).willReturn("v2");
		assertThat(get("/guides/g/topics/t", render(200, "third"))).isEqualTo("third");
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void shouldNeverKeepAnErrorARandomQuestionOrAPageMarkedNotToKeep() throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		get("/guides/g/questions/missing", render(404, "not found"));
		assertThat(get("/guides/g/questions/missing", render(200, "found now"))).isEqualTo("found now");
		get("/guides/g/random", render(200, "a question"));
		get("/guides/g/random", render(200, "a question"));
		FilterChain nothingFound = (request, response) -> {
			KeptPages.notKept((jakarta.servlet.http.HttpServletRequest) request);
			render(200, "nothing found").doFilter(request, response);
		};
		get("/search?q=nothing", nothingFound);
		get("/search?q=nothing", nothingFound);
		assertThat(this.renders).hasValue(6);
	}

	/** Every public page that shows the content alone is kept, not only the guide's pages. */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/practice", "/set", "/s/3f2a9c1b7d", "/sitemap.xml", "/robots.txt" })
	void shouldKeepEveryPublicPageThatShowsTheContentAlone(String path) throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		assertThat(get(path, render(200, "first"))).isEqualTo("first");
		assertThat(get(path, render(200, "second"))).isEqualTo("first");
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void shouldKeepSearchesAndDoWhatTheirHandlerAsksOnEveryServing() throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		AtomicInteger counted = new AtomicInteger();
		FilterChain searchPage = (request, response) -> {
			KeptPages.onEveryServing((jakarta.servlet.http.HttpServletRequest) request, counted::incrementAndGet);
			render(200, "results").doFilter(request, response);
		};
		for (int i = 0; i < 3; i++) {
			assertThat(get("/search?q=x", searchPage)).isEqualTo("results");
			assertThat(get("/api/search?q=x", render(200, "{}"))).isEqualTo("{}");
			assertThat(get("/api/search/suggest?q=x", render(200, "[]"))).isEqualTo("[]");
		}
		assertThat(this.renders).hasValue(3);
		assertThat(counted).hasValue(3);
	}

	@Test
	void shouldKeepNoMoreBytesOfPagesThanItsSize() throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		for (int i = 0; i < 20; i++) {
			get("/api/guides/g" + i, render(200, "p".repeat(200)));
		}
		this.pages.cache().cleanUp();
		assertThat(this.pages.cache().policy().eviction().orElseThrow().weightedSize().getAsLong()).isBetween(200L, 1000L);
		assertThat(this.renders).hasValue(20);
	}

	@Test
	void shouldNotKeepAPageLargerThanAQuarterOfItsSize() throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		get("/api/guides/big", render(200, "b".repeat(300)));
		assertThat(get("/api/guides/big", render(200, "big again"))).isEqualTo("big again");
	}

	/** A kept page is compressed once; each client gets the bytes its Accept-Encoding allows. */
	@Test
	void shouldServeAKeptPageCompressedOnceToClientsThatAcceptGzip() throws Exception {
		given(this.content.fingerprint()).willReturn("v1");
		RenderedPages large = new RenderedPages(this.content, 1_000_000);
		String page = "<p>A page of some length.</p>\n".repeat(200);
		serve(large, "/guides/g/topics/t", null, render(200, page));
		MockHttpServletResponse gzipped = serve(large, "/guides/g/topics/t", "br, gzip;q=0.8", render(200, "again"));
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.getHeaders("Vary")).contains("Accept-Encoding");
		assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length).isLessThan(page.length() / 10);
		try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
			assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(page);
		}
		for (String plainOnly : new String[] { null, "identity", "gzip;q=0" }) {
			MockHttpServletResponse plain = serve(large, "/guides/g/topics/t", plainOnly, render(200, "again"));
			assertThat(plain.getHeader("Content-Encoding")).as(plainOnly).isNull();
			assertThat(plain.getContentAsString()).as(plainOnly).isEqualTo(page);
		}
		assertThat(this.renders).hasValue(1);
	}

	private static MockHttpServletResponse serve(RenderedPages pages, String uri, String acceptEncoding, FilterChain chain)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		pages.doFilter(request, response, chain);
		return response;
	}

	private FilterChain render(int status, String body) {
		return (request, response) -> {
			this.renders.incrementAndGet();
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(status);
			http.setContentType("text/html;charset=UTF-8");
			http.getWriter().write(body);
			http.getWriter().flush();
		};
	}

	private String get(String uri, FilterChain chain) throws Exception {
		String[] parts = uri.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.pages.doFilter(request, response, chain);
		return response.getContentAsString();
	}

}
