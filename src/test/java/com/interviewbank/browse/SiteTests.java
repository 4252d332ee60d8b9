package com.interviewbank.browse;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.TextRepairer;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app serving the seed, as a reader's browser sees it.
 */
@SeedBankTest
class SiteTests {

	private static final String GUIDE = "python-senior-lead-questions";

	/** A lone {@code â} where the repair restores punctuation; whole sequences are the repairer's to find. */
	private static final Pattern LOST_PUNCTUATION = Pattern.compile("[\\p{L}\\s]â[\\p{L}\\s.,;:)]");

	private final TextRepairer repairer = new TextRepairer();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Test
	void shouldResolveEveryTableOfContentsLinkToAPageHoldingItsAnchor() throws Exception {
		List<String> anchors = new GuideParser()
			.parse("python-senior-lead-questions.md", Files.readAllBytes(Path.of("content/python-senior-lead-questions.md")))
			.tableOfContentsAnchors();
		assertThat(anchors).hasSize(224);
		for (String anchor : anchors) {
			HttpResponse<String> redirect = get("/guides/" + GUIDE + "/anchors/" + encode(anchor));
			assertThat(redirect.statusCode()).as(anchor).isEqualTo(302);
			URI target = URI.create(redirect.headers().firstValue("Location").orElseThrow());
			String path = target.getRawPath();
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(anchor).isEqualTo(200);
			assertThat(Jsoup.parse(page.body()).getElementById(anchor)).as("element #%s on %s", anchor, path).isNotNull();
		}
	}

	@Test
	void shouldCrawlEveryInternalLinkWithoutABrokenLinkOrAServerError() throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new HashSet<>(queue);
		int pages = 0;
		while (!queue.isEmpty()) {
			String path = queue.poll();
			HttpResponse<String> response = get(path);
			if (response.statusCode() == 302) {
				String location = URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath();
				assertThat(path).as("only anchors and /random redirect").matches(".*/anchors/.*|/random");
				enqueue(location, seen, queue);
				continue;
			}
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			pages++;
			Document page = Jsoup.parse(response.body(), "http://localhost:" + this.port + path);
			assertThat(page.select("h1")).as("one h1 on %s", path).hasSize(1);
			assertThat(page.title()).as(path).isNotBlank();
			assertThat(page.select("meta[name=description]").attr("content")).as(path).isNotBlank();
			assertNoRepairableMojibake(page.body().text(), path);
			for (Element link : page.select("a[href], link[href], script[src]")) {
				String url = link.hasAttr("src") ? link.absUrl("src") : link.absUrl("href");
				if (url.startsWith("http://localhost:" + this.port)) {
					enqueue(URI.create(url).getRawPath(), seen, queue);
				}
			}
		}
		assertThat(pages).isGreaterThan(143 + 22);
	}

	@Test
	void shouldShowAFriendlyNotFoundPageWithASearchLink() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/guides/" + GUIDE + "/questions/nope"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("form[action=/search]")).isNotEmpty();
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at com.");
	}

	@Test
	void shouldServeTheSourceAsImportedAndRandomQuestionsUncached() throws Exception {
		HttpResponse<String> source = get("/guides/" + GUIDE + "/source.md");
		assertThat(source.statusCode()).isEqualTo(200);
		assertThat(source.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(source.body()).isEqualTo(Files.readString(Path.of("content/python-senior-lead-questions.md")));
		HttpResponse<String> random = get("/random");
		assertThat(random.statusCode()).isEqualTo(302);
		assertThat(random.headers().map()).as("headers of /random").containsKeys("cache-control", "location");
		assertThat(random.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(random.headers().firstValue("Location").orElseThrow()).contains("/guides/" + GUIDE + "/questions/");
	}

	@Test
	void shouldKeepPublicPagesFreeOfSessionsAndInlineScripts() throws Exception {
		HttpResponse<String> page = get("/guides/" + GUIDE + "/topics/oop-in-python");
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("script:not([src])")).isEmpty();
		assertThat(document.select("[style]")).isEmpty();
		assertThat(document.select("[onclick], [onload], [onerror]")).isEmpty();
		assertThat(document.select("html").attr("lang")).isEqualTo("en");
	}

	/**
	 * No text the repair would restore is left on a page. Runs whose lost bytes the repair cannot
	 * decide (an emoji, Cyrillic words the letter model is not confident of) stay as imported; the
	 * import reports them by line.
	 */
	private void assertNoRepairableMojibake(String text, String path) {
		assertThat(this.repairer.repair(text).total()).as("repairable mojibake on %s", path).isZero();
		assertThat(LOST_PUNCTUATION.matcher(text).find()).as("lost punctuation on %s", path).isFalse();
	}

	private void enqueue(String path, Set<String> seen, Deque<String> queue) {
		if (path != null && seen.add(path)) {
			queue.add(path);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
