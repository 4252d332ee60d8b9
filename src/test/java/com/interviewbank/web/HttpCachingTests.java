package com.interviewbank.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.imports.GuideManagement;
import com.interviewbank.security.SecurityHeaders;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser, a proxy or a CDN sees of caching: ETag and a short public policy on public pages
 * and the read API, 304 when nothing changed, a new ETag when something did, immutable versioned
 * assets, and {@code no-store} wherever a response is one person's.
 */
@SharedBankTest
class HttpCachingTests {

	private static final String GUIDE = "/guides/python-senior-lead-questions";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private GuideManagement management;

	@Test
	void shouldGivePublicPagesAndTheApiAnETagAShortPublicPolicyAndNoCookie() throws Exception {
		for (String path : new String[] { "/", GUIDE, GUIDE + "/topics/oop-in-python", "/search?q=gil", "/practice", "/set", "/sitemap.xml", "/robots.txt", "/api/guides",
				"/api" + GUIDE }) {
			// The first answer is rendered, the second comes from the page cache: the same headers.
			for (int time = 1; time <= 2; time++) {
				HttpResponse<String> response = get(path);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(response.headers().firstValue("ETag")).as(path)
					.hasValueSatisfying(etag -> assertThat(etag).matches("W/\"[0-9a-f]+-[0-9a-f]+\""));
				assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("max-age=60, public");
				assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
					.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
				assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
				assertThat(response.body()).as(path).doesNotContain("_csrf");
			}
		}
	}

	@Test
	void shouldAnswer304WhenTheContentDidNotChange() throws Exception {
		String etag = get("/api/guides").headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = send(request(GUIDE).header("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(send(request(GUIDE).header("If-None-Match", "W/\"other\"")).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldChangeTheETagWhenAnAdminChangesWhatReadersSee() throws Exception {
		String before = get(GUIDE).headers().firstValue("ETag").orElseThrow();
		this.management.describe("python-senior-lead-questions", "Python, the hard parts", null, null);
		HttpResponse<String> after = send(request(GUIDE).header("If-None-Match", before));
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Python, the hard parts");
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
	}

	@Test
	void shouldNeverStoreARandomQuestionOrAnythingOfTheAdmin() throws Exception {
		for (String path : new String[] { "/random", "/admin/login", "/admin", "/admin/api/imports" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@Test
	void shouldLinkAssetsByContentHashAndCacheThemForAYear() throws Exception {
		String page = get("/").body();
		Matcher links = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(page);
		int assets = 0;
		while (links.find()) {
			String asset = links.group(1);
			assertThat(asset).matches(".*-[0-9a-f]{32}\\.(css|js)");
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=31536000, public, immutable");
			assets++;
		}
		assertThat(assets).isGreaterThanOrEqualTo(4);
		assertThat(get("/css/bank.css").headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
	}

	/** The friendly error pages are written on Tomcat's error dispatch, and link the same assets. */
	@Test
	void shouldLinkAssetsByContentHashOnErrorPages() throws Exception {
		HttpResponse<String> response = this.http.send(request("/no-such-page").header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).containsPattern("href=\"/css/bank-[0-9a-f]{32}\\.css\"")
			.doesNotContain("href=\"/css/bank.css\"");
	}

	@Test
	void shouldCompressPages() throws Exception {
		HttpResponse<byte[]> response = this.http.send(request(GUIDE + "/topics/oop-in-python").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	/** Scripts are served as text/javascript, which the compression list must name too. */
	@Test
	void shouldCompressScripts() throws Exception {
		HttpResponse<byte[]> response = this.http.send(request("/js/bank.js").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	/** Pages highlight a fence only when Prism has its grammar, by its name or an alias. */
	@Test
	void shouldNameTheCodeGrammarsPrismShipsByIdAndAlias() throws Exception {
		HttpResponse<String> response = get("/js/code-languages.json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"python\":\"python\"", "\"py\":\"python\"", "\"html\":\"markup\"", "\"java\":\"java\"")
			.doesNotContain("\"char\"", "\"meta\"", "\"text\"");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
