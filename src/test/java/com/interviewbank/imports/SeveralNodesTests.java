package com.interviewbank.imports;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.interviewbank.InterviewBankApplication;
import com.interviewbank.support.RequiredEnvironment;
import com.interviewbank.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, each with its own data folder and Lucene index, on one PostgreSQL database (schema
 * {@code nodes} of {@code BANK_TEST_POSTGRES_URL}): an import applied through node A is served by
 * node B, pages and search, within 10 seconds, and B never serves a version's page with another
 * version's search; an admin's session and the import lock hold on both nodes.
 */
@RequiredEnvironment.Needs(RequiredEnvironment.POSTGRES)
class SeveralNodesTests {

	private static final String URL = TestPostgres.URL;

	private static final String USER = TestPostgres.USER;

	private static final String PASSWORD = TestPostgres.PASSWORD;

	private static final String SCHEMA = "nodes";

	private static final String ADMIN_PASSWORD = "several nodes";

	private static final String ADMIN_TOKEN = "several-nodes-token";

	private static final String V1 = "# Nodes guide\n\n## Migrating birds\n\nThe zebrafinch sings at dawn.\n";

	private static final String V2 = "# Nodes guide, revised\n\n## Migrating birds\n\nThe quokka smiles at noon.\n\n"
			+ "## Second question\n\nAnother answer.\n";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() throws SQLException {
		if (!RequiredEnvironment.isAvailable(RequiredEnvironment.POSTGRES)) {
			return; // every test is reported skipped (or failed, when required) by RequiredEnvironment
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
			statement.execute("create schema " + SCHEMA);
		}
		nodeA = start("a");
		nodeB = start("b");
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void shouldServeAnImportAppliedThroughAOnBWithinTenSecondsAndNeverAMix() throws Exception {
		importThrough(nodeA, V1);
		long started = System.nanoTime();
		awaitOnB("zebrafinch");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

		importThrough(nodeA, V2);
		started = System.nanoTime();
		int checks = 0;
		boolean switched = false;
		while (!switched) {
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("B serves the new version").isLessThan(Duration.ofSeconds(10));
			// The node switches once, from old to new: a new page before a search, or a new search before
			// a page, that did not see the new version would be a mix.
			String before = page(nodeB);
			boolean pageBefore = before.contains("quokka");
			assertThat(before.contains("Nodes guide, revised")).as("the guide's title is the served version's").isEqualTo(pageBefore);
			boolean searchNew = found(nodeB, "quokka");
			boolean searchOld = found(nodeB, "zebrafinch");
			boolean pageAfter = page(nodeB).contains("quokka");
			assertThat(searchNew && searchOld).as("old results after new ones").isFalse();
			if (pageBefore) {
				assertThat(searchNew).as("the page was new, so the search after it is").isTrue();
			}
			if (searchNew) {
				assertThat(pageAfter).as("the search was new, so the page after it is").isTrue();
				assertThat(get(nodeB, "/guides/nodes-guide/questions/second-question").statusCode()).isEqualTo(200);
			}
			switched = pageAfter && searchNew;
			checks++;
		}
		assertThat(checks).isGreaterThan(0);
	}

	@Test
	void shouldKeepAnAdminLoggedInOnBothNodes() throws Exception {
		HttpResponse<String> loginPage = get(nodeA, "/admin/login");
		String cookie = sessionCookie(loginPage);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = this.http.send(request(nodeA, "/admin/login").header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
		String loggedIn = sessionCookie(login);
		HttpResponse<String> adminOnB = this.http.send(request(nodeB, "/admin").header("Cookie", loggedIn).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(adminOnB.statusCode()).isEqualTo(200);
		HttpResponse<String> withoutCookie = this.http.send(request(nodeB, "/admin").header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutCookie.statusCode()).as("without the cookie").isEqualTo(302);
	}

	@Test
	void shouldRefuseAnImportOnBWhileANodeHoldsTheLock() throws Exception {
		ImportLock lockOfA = nodeA.getBean(ImportLock.class);
		assertThat(lockOfA.tryAcquire()).isTrue();
		try {
			lockOfA.phase("held-guide", "writing and indexing");
			assertThat(send(nodeB, "# Held\n\n## Q\n\nA.\n", "held-guide").statusCode()).isEqualTo(409);
			assertThat(nodeB.getBean(ImportProgress.class).snapshot().guide()).isEqualTo("held-guide");
		}
		finally {
			lockOfA.release();
		}
		assertThat(nodeB.getBean(ImportProgress.class).snapshot().running()).isFalse();
	}

	private static ConfigurableApplicationContext start(String name) {
		Path data = Path.of("target", "nodes", name);
		FileSystemUtils.deleteRecursively(data.toFile());
		String separator = URL.contains("?") ? "&" : "?";
		return new SpringApplicationBuilder(InterviewBankApplication.class).run("--spring.profiles.active=postgres",
				"--server.port=0", "--spring.datasource.url=" + URL + separator + "currentSchema=" + SCHEMA,
				"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
				"--bank.data-dir=./" + data, "--bank.import-content-at-startup=false",
				"--bank.admin.password=" + ADMIN_PASSWORD, "--bank.admin.token=" + ADMIN_TOKEN, "--spring.main.banner-mode=off");
	}

	private void importThrough(ConfigurableApplicationContext node, String markdown) throws Exception {
		HttpResponse<String> response = send(node, markdown, "nodes-guide");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"APPLIED\"");
	}

	private HttpResponse<String> send(ConfigurableApplicationContext node, String markdown, String guide)
			throws IOException, InterruptedException {
		return this.http.send(request(node, "/admin/api/imports?dryRun=false&guide=" + guide)
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.header("Content-Type", "text/markdown")
			.POST(HttpRequest.BodyPublishers.ofString(markdown))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitOnB(String word) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!(page(nodeB).contains(word) && found(nodeB, word))) {
			assertThat(System.nanoTime()).as("B serves " + word + " within 10 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private String page(ConfigurableApplicationContext node) throws Exception {
		HttpResponse<String> response = get(node, "/guides/nodes-guide/questions/migrating-birds");
		return response.statusCode() == 200 ? response.body() : "";
	}

	private boolean found(ConfigurableApplicationContext node, String word) throws Exception {
		HttpResponse<String> response = get(node, "/api/search?q=" + word);
		return response.statusCode() == 200 && !response.body().contains("\"total\":0");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return this.http.send(request(node, path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
		String port = node.getEnvironment().getProperty("local.server.port");
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
