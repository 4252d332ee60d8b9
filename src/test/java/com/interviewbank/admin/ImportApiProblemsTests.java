package com.interviewbank.admin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the import API, through the real server (Tomcat reads the multipart bodies), is a
 * problem detail with a 4xx that says what was wrong, and imports nothing.
 */
@SharedBankTest
class ImportApiProblemsTests {

	private static final String GUIDE = "# Refused guide\n\n## Question\n\nAnswer.\n";

	private static final String BOUNDARY = "----bank-boundary";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "../x", "a/b", "<script>", "Upper Case", "dot.dot", "-dash" })
	void shouldRefuseASlugOutsideTheGitHubAlphabet(String slug) throws Exception {
		HttpResponse<String> response = send("/admin/api/imports?dryRun=false&guide=" + encode(slug), "text/markdown", GUIDE);
		assertProblem(response, 400, "Invalid slug");
		assertNothingImported();
	}

	@Test
	void shouldRefuseASlugOfFiveThousandCharacters() throws Exception {
		HttpResponse<String> response = send("/admin/api/imports?dryRun=false&guide=" + "a".repeat(5000), "text/markdown", GUIDE);
		assertProblem(response, 400, "Invalid slug");
	}

	@Test
	void shouldRefuseMultipartWithoutBoundary() throws Exception {
		assertProblem(send("/admin/api/imports?dryRun=false", "multipart/form-data", GUIDE), 400, "Upload unreadable");
		assertNothingImported();
	}

	@Test
	void shouldRefuseATruncatedMultipartBody() throws Exception {
		String truncated = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"g.md\"\r\n"
				+ "Content-Type: text/markdown\r\n\r\n" + GUIDE;
		assertProblem(send("/admin/api/imports?dryRun=false", multipart(), truncated), 400, "Upload unreadable");
		assertNothingImported();
	}

	@Test
	void shouldRefuseTwentyFilesInsteadOfTakingTheFirst() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			body.append(part("file", "guide-" + i + ".md", GUIDE));
		}
		body.append("--").append(BOUNDARY).append("--\r\n");
		HttpResponse<String> response = send("/admin/api/imports?dryRun=false", multipart(), body.toString());
		assertProblem(response, 400, "One guide per request");
		assertThat(response.body()).contains("20 files");
		assertNothingImported();
	}

	@Test
	void shouldRefuseTwoThousandPartsWithAProblem() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			body.append(part("p" + i, null, "x"));
		}
		body.append(part("file", "g.md", GUIDE)).append("--").append(BOUNDARY).append("--\r\n");
		HttpResponse<String> response = send("/admin/api/imports?dryRun=false", multipart(), body.toString());
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertNothingImported();
	}

	@Test
	void shouldRefuseAnUploadOverTheSizeLimitWithAProblem() throws Exception {
		String body = part("file", "big.md", GUIDE + "x".repeat(6 * 1024 * 1024 + 10_000)) + "--" + BOUNDARY + "--\r\n";
		assertProblem(sendWhileTheServerMayCloseEarly("/admin/api/imports?dryRun=false", multipart(), body), 413,
				"Guide refused");
	}

	@Test
	void shouldRefuseAnEmptyBodyAsAnEmptyGuide() throws Exception {
		assertProblem(send("/admin/api/imports?dryRun=false&guide=empty-guide", "text/markdown", ""), 422, "Guide refused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "text/plain", "application/x-www-form-urlencoded" })
	void shouldRefuseUndocumentedContentTypesWithAProblem(String type) throws Exception {
		HttpResponse<String> response = send("/admin/api/imports?dryRun=false&guide=typed-guide", type, GUIDE);
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				value -> assertThat(value).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":415").doesNotContain("trace");
	}

	@Test
	void shouldAnswerErrorAskedForDirectlyWith404() throws Exception {
		HttpResponse<String> json = this.http.send(HttpRequest.newBuilder(uri("/error")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).contains("\"status\":404");
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html").doesNotContain("Whitelabel");
	}

	private HttpResponse<String> send(String path, String contentType, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + TestAdmin.TOKEN)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Tomcat closes the connection after a 413 without reading the rest of the body; when the client
	 * is still sending, the reset can reach it before the answer does (a transport race, not the
	 * bank's answer), so the request is tried up to three times.
	 */
	private HttpResponse<String> sendWhileTheServerMayCloseEarly(String path, String contentType, String body)
			throws Exception {
		java.io.IOException lastReset = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				return send(path, contentType, body);
			}
			catch (java.io.IOException ex) {
				lastReset = ex;
			}
		}
		throw lastReset;
	}

	private void assertNothingImported() throws Exception {
		HttpResponse<String> guides = this.http.send(HttpRequest.newBuilder(uri("/api/guides")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(guides.body()).doesNotContain("Refused guide");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String title) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"title\":\"" + title + "\"");
	}

	private static String multipart() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	private static String part(String name, String fileName, String content) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n" + content + "\r\n";
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
