package com.interviewbank.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;

import com.interviewbank.search.QueryCount;
import com.interviewbank.search.SearchInsight;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A repeated search, suggestion or search page is answered by the page cache ahead of Spring
 * Security and Spring Session: the same body and headers as its first answer (security headers,
 * cache policy, the request's own id), no cookie and no session, even for a request that sends a
 * session cookie; and a search page served again still counts for the admins' insight.
 */
@SharedBankTest
class KeptSearchesTests {

	/** Headers of one answer, not of the page: they may differ from one answer to the next. */
	private static final Set<String> OWN_HEADERS = Set.of("date", "content-length", "transfer-encoding", "connection",
			"keep-alive", "x-request-id");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private FilterRegistrationBean<RenderedPages> renderedPages;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SearchInsight insight;

	@Autowired
	private MeterRegistry meters;

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "/api/search?q=kept%20api%20generators", "/api/search/suggest?q=kept%20gen",
			"/search?q=kept%20page%20generators" })
	void shouldAnswerARepeatedSearchFromThePageCacheAsTheFirstTime(String path) throws Exception {
		long sessions = sessions();
		HttpResponse<String> first = get(path, "first-request");
		long hits = this.renderedPages.getFilter().cache().stats().hitCount();
		HttpResponse<String> again = get(path, "second-request");
		assertThat(this.renderedPages.getFilter().cache().stats().hitCount()).isEqualTo(hits + 1);
		assertThat(again.statusCode()).isEqualTo(200).isEqualTo(first.statusCode());
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(pageHeaders(again)).isEqualTo(pageHeaders(first));
		assertThat(pageHeaders(again)).containsKeys("content-security-policy", "cache-control", "etag", "content-type");
		assertThat(first.headers().firstValue("X-Request-Id")).hasValue("first-request");
		assertThat(again.headers().firstValue("X-Request-Id")).hasValue("second-request");
		assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
		HttpResponse<String> withCookie = send(request(path, "third-request").header("Cookie", "SESSION=not-a-session"));
		assertThat(withCookie.body()).isEqualTo(first.body());
		assertThat(withCookie.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(sessions()).isEqualTo(sessions);
	}

	@org.junit.jupiter.api.Test
	void shouldCountASearchPageServedFromTheCacheForTheInsight() throws Exception {
		String query = "kept counted generators";
		// Often enough to be among the most frequent whatever other tests searched.
		for (int i = 0; i < 25; i++) {
			get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "counted-" + i);
		}
		assertThat(this.insight.report().frequent()).filteredOn(count -> count.query().equals(query))
			.extracting(QueryCount::searches)
			.containsExactly(25L);
	}

	/**
	 * A kept page is answered first of all filters but the request id: its ETag is checked there (a
	 * match is a 304 with no body), and the request metrics, which time renderings, never see it.
	 */
	@org.junit.jupiter.api.Test
	void shouldAnswerAKeptPageAheadOfTheRequestMetricsWithItsETag() throws Exception {
		String path = "/guides/python-senior-lead-questions/topics/oop-in-python?kept=ahead";
		HttpResponse<String> first = get(path, "rendered");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		long timed = timedRequests();
		long hits = this.renderedPages.getFilter().cache().stats().hitCount();
		for (int i = 0; i < 3; i++) {
			assertThat(get(path, "kept-" + i).body()).isEqualTo(first.body());
		}
		HttpResponse<String> unchanged = send(request(path, "conditional").header("If-None-Match", etag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("X-Request-Id")).hasValue("conditional");
		assertThat(this.renderedPages.getFilter().cache().stats().hitCount()).isEqualTo(hits + 4);
		get(path.replace("ahead", "rendered-again"), "another-rendering");
		await().atMost(Duration.ofSeconds(5)).until(() -> timedRequests() >= timed + 1);
		Thread.sleep(200);
		assertThat(timedRequests()).as("only the new rendering is timed").isEqualTo(timed + 1);
	}

	private long timedRequests() {
		return this.meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private static Map<String, List<String>> pageHeaders(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return headers;
	}

	private HttpRequest.Builder request(String path, String requestId) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("X-Request-Id", requestId);
	}

	private HttpResponse<String> get(String path, String requestId) throws Exception {
		return send(request(path, requestId));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
