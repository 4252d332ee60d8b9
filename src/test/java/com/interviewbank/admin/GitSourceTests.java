package com.interviewbank.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportRunRepository;
import com.interviewbank.support.Bundles;
import com.interviewbank.support.GitHttpServer;
import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Git sources through the API, on the real h5bp and 30-seconds repositories: over {@code file://}
 * and over HTTP from a Git server started here; checks with their commit range, apply, restore, a
 * failed fetch, the webhook's signatures, and the token that never comes back.
 */
@SharedBankTest
class GitSourceTests {

	@TempDir
	static Path work;

	static Path h5bp;

	static Path thirtySeconds;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ImportRunRepository runs;

	@Autowired
	private com.interviewbank.imports.GuideManagement management;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeAll
	static void cloneBundles() {
		h5bp = Bundles.cloneOf(Bundles.H5BP, work.resolve("h5bp"));
		thirtySeconds = Bundles.cloneOf(Bundles.THIRTY_SECONDS, work.resolve("30s"));
	}

	@Test
	void shouldCheckAnOlderCommitThenTheHeadWithTheCommitsBetweenAndApplyEach() throws Exception {
		List<RevCommit> history = history(h5bp);
		String older = history.get(40).name();
		long id = register("{\"guide\":\"git-h5bp\",\"url\":\"" + h5bp.toUri() + "\",\"branch\":\"main\"}");

		JsonNode first = call(post("/admin/api/sources/" + id + "/check").param("ref", older));
		assertThat(first.get("status").asString()).isEqualTo("DRY_RUN");
		assertThat(first.get("commit").asString()).isEqualTo(older);
		apply(first.get("id").asLong());

		JsonNode second = call(post("/admin/api/sources/" + id + "/check"));
		assertThat(second.get("commit").asString()).isEqualTo(history.get(0).name());
		assertThat(second.get("commits")).hasSize(40);
		assertThat(second.at("/commits/0/message").asString()).isEqualTo(history.get(0).getShortMessage());
		apply(second.get("id").asLong());
		this.mvc.perform(get("/api/guides/git-h5bp"))
			.andExpect(jsonPath("$.title").value("Front-end Developer Interview Questions"))
			// nine files, javascript-questions.md two topics (its "## Coding questions" is one)
			.andExpect(jsonPath("$.topics.length()").value(10));
		this.mvc.perform(get("/admin/api/sources/" + id).header("Authorization", bearer()))
			.andExpect(jsonPath("$.lastCommit").value(history.get(0).name()));

		JsonNode again = call(post("/admin/api/sources/" + id + "/check"));
		assertThat(again.get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(again.get("commit").asString()).isEqualTo(history.get(0).name());
	}

	@Test
	void shouldRestoreAVersionByReimportingTheFilesOfItsCommit() throws Exception {
		List<RevCommit> history = history(h5bp);
		String older = history.get(100).name();
		long id = register("{\"guide\":\"git-restore\",\"url\":\"" + h5bp.toUri() + "\",\"branch\":\"main\"}");
		apply(call(post("/admin/api/sources/" + id + "/check").param("ref", older)).get("id").asLong());
		apply(call(post("/admin/api/sources/" + id + "/check")).get("id").asLong());

		ImportOutcome restored = this.management.restore("git-restore", 1, "admin");

		assertThat(restored.run().getCommitId()).isEqualTo(older);
		assertThat(restored.diff().isEmpty()).isFalse();
		apply(restored.run().getId());
		this.mvc.perform(get("/admin/api/sources/" + id).header("Authorization", bearer()))
			.andExpect(jsonPath("$.lastCommit").value(older));
		this.mvc.perform(get("/api/guides/git-restore")).andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void shouldGiveTheGuideTheSourceWebUrlAsItsSourceAddress() throws Exception {
		long id = register("{\"guide\":\"git-web-url\",\"url\":\"" + h5bp.toUri() + "\",\"branch\":\"main\"}");
		apply(call(post("/admin/api/sources/" + id + "/check")).get("id").asLong());

		this.mvc.perform(put("/admin/api/sources/" + id).header("Authorization", bearer())
			.contentType("application/json")
			.content("{\"webUrl\":\"https://github.com/h5bp/Front-end-Developer-Interview-Questions/blob/main\"}"))
			.andExpect(status().isOk());

		assertThat(this.jdbc.queryForObject("select source_web_url from guide where slug = 'git-web-url'", String.class))
			.isEqualTo("https://github.com/h5bp/Front-end-Developer-Interview-Questions/blob/main/");
	}

	@Test
	void shouldGiveAGuideItsSourceAddressAtItsFirstImport() throws Exception {
		String webUrl = "https://github.com/h5bp/Front-end-Developer-Interview-Questions/blob/main";
		long id = register("{\"guide\":\"git-first-web-url\",\"url\":\"" + h5bp.toUri()
				+ "\",\"branch\":\"main\",\"webUrl\":\"" + webUrl + "\"}");

		apply(call(post("/admin/api/sources/" + id + "/check")).get("id").asLong());

		assertThat(this.jdbc.queryForObject("select source_web_url from guide where slug = 'git-first-web-url'",
				String.class))
			.isEqualTo(webUrl + "/");
		assertThat(this.jdbc.queryForObject(
				"select v.source_web_url from guide_version v join guide g on g.active_version_id = v.id where g.slug = 'git-first-web-url'",
				String.class))
			.isEqualTo(webUrl + "/");
	}

	@Test
	void shouldFetchOverHttpFromAGitServer() throws Exception {
		try (GitHttpServer server = new GitHttpServer(thirtySeconds, work.resolve("tomcat"))) {
			long id = register("{\"guide\":\"git-30s-http\",\"url\":\"" + server.url()
					+ "\",\"branch\":\"main\",\"path\":\"questions\",\"autoApply\":true}");

			JsonNode report = call(post("/admin/api/sources/" + id + "/check"));

			assertThat(report.get("status").asString()).isEqualTo("APPLIED");
			assertThat(report.get("commit").asString()).isEqualTo(history(thirtySeconds).get(0).name());
		}
		this.mvc.perform(get("/api/guides/git-30s-http")).andExpect(status().isOk());
	}

	@Test
	void shouldRecordAFailedFetchAndLeaveTheGuideAsItWas() throws Exception {
		long id = register("{\"guide\":\"git-missing\",\"url\":\"" + work.resolve("no-such-repo").toUri()
				+ "\",\"branch\":\"main\"}");

		String body = this.mvc.perform(post("/admin/api/sources/" + id + "/check").header("Authorization", bearer()))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.title").value("Fetch failed"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		ImportRun run = this.runs.findById(this.json.readTree(body).get("importId").asLong()).orElseThrow();
		assertThat(run.getStatus()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(run.getError()).isNotBlank();
		this.mvc.perform(get("/api/guides/git-missing")).andExpect(status().isNotFound());
	}

	@Test
	void shouldKeepTheTokenEncryptedAndNeverShowIt() throws Exception {
		long id = register("{\"guide\":\"git-private\",\"url\":\"https://git.example.invalid/r.git\",\"token\":\"ghp_secret123\"}");

		String shown = this.mvc.perform(get("/admin/api/sources/" + id).header("Authorization", bearer()))
			.andExpect(jsonPath("$.hasToken").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).doesNotContain("ghp_secret123").doesNotContain("webhookSecret\":\"");
		String stored = this.jdbc.queryForObject("select token_encrypted from git_source where id = ?", String.class, id);
		assertThat(stored).isNotBlank().doesNotContain("ghp_secret123");
		this.mvc.perform(put("/admin/api/sources/" + id).header("Authorization", bearer())
			.contentType("application/json")
			.content("{\"token\":\"\"}")).andExpect(jsonPath("$.hasToken").value(false));
		this.mvc.perform(delete("/admin/api/sources/" + id).header("Authorization", bearer()))
			.andExpect(status().isNoContent());
	}

	@Test
	void shouldRefuseAUrlTheBankDoesNotFetch() throws Exception {
		this.mvc.perform(post("/admin/api/sources").header("Authorization", bearer())
			.contentType("application/json")
			.content("{\"guide\":\"git-bad\",\"url\":\"ssh://host/repo\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid source"));
	}

	@Test
	void shouldAnswerWebhooksWith401OnABadSignatureAnd202OnAPush() throws Exception {
		String created = this.mvc.perform(post("/admin/api/sources").header("Authorization", bearer())
			.contentType("application/json")
			.content("{\"guide\":\"git-hooked\",\"url\":\"" + h5bp.toUri() + "\",\"branch\":\"main\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(created).get("id").asLong();
		String secret = this.json.readTree(created).get("webhookSecret").asString();
		byte[] push = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);
		byte[] other = "{\"ref\":\"refs/heads/feature\"}".getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(post("/hooks/sources/" + id).header("X-GitHub-Event", "push")
			.header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
			.content(push)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/hooks/sources/" + id).header("X-Gitlab-Event", "Push Hook")
			.header("X-Gitlab-Token", "wrong")
			.content(push)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/hooks/sources/" + id).header("X-GitHub-Event", "push")
			.header("X-Hub-Signature-256", "sha256=" + hmac(secret, other))
			.content(other)).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ignored"));
		assertThat(checksOf("git-hooked")).isZero();

		this.mvc.perform(post("/hooks/sources/" + id).header("X-GitHub-Event", "push")
			.header("X-Hub-Signature-256", "sha256=" + hmac(secret, push))
			.content(push)).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("checking"));
		for (int i = 0; i < 600 && checksOf("git-hooked") == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(checksOf("git-hooked")).isOne();

		this.mvc.perform(post("/hooks/sources/" + id).header("X-Gitlab-Event", "Push Hook")
			.header("X-Gitlab-Token", secret)
			.content(other)).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ignored"));
	}

	private long checksOf(String guide) {
		return this.runs.findAllByOrderByStartedAtDescIdDesc()
			.stream()
			.filter(run -> guide.equals(run.getGuideSlug()) && "webhook".equals(run.getActor()))
			.count();
	}

	private static String hmac(String secret, byte[] body) throws Exception {
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return java.util.HexFormat.of().formatHex(mac.doFinal(body));
	}

	private static List<RevCommit> history(Path repository) throws Exception {
		try (Git git = Git.open(repository.toFile())) {
			List<RevCommit> commits = new java.util.ArrayList<>();
			git.log().call().forEach(commits::add);
			return commits;
		}
	}

	private long register(String body) throws Exception {
		String created = this.mvc.perform(post("/admin/api/sources").header("Authorization", bearer())
			.contentType("application/json")
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return this.json.readTree(created).get("id").asLong();
	}

	private JsonNode call(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		String body = this.mvc.perform(request.header("Authorization", bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private void apply(long id) throws Exception {
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").header("Authorization", bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"));
	}

	private static String bearer() {
		return "Bearer " + TestAdmin.TOKEN;
	}

}
