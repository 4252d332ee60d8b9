package com.interviewbank.browse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.interviewbank.support.Bundles;
import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;
import com.interviewbank.support.Zips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Images that ship with a guide, stored with its version and served to readers at the URL their
 * hash names: from a zip and from a Git source, with the bytes, type and caching promised; a text
 * file named {@code .png} and a missing image are warnings and alt text.
 */
@SharedBankTest
class GuideImageServingTests {

	private static final Path FOLDER = Path.of("src/test/resources/guides/with-images");

	private static final String ARCHITECTURE = "what-does-the-architecture-look-like";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldServeAZipsImageWithItsBytesTypeAndImmutableCaching() throws Exception {
		JsonNode report = dryRun("zip-images", Zips.of(Bundles.files(FOLDER, null)));
		apply(report.get("id").asLong());
		byte[] png = Files.readAllBytes(FOLDER.resolve("images/diagram.png"));
		String url = "/assets/" + sha256(png) + ".png";

		assertThat(answerHtml("zip-images", ARCHITECTURE)).contains("<img src=\"" + url + "\" alt=\"The request path\"");
		MvcResult image = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();

		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(png);
		assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(image.getResponse().getHeader("Cache-Control")).contains("public")
			.contains("max-age=31536000")
			.contains("immutable");
		assertThat(image.getResponse().getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(image.getResponse().getCookies()).isEmpty();
		String page = this.mvc.perform(get("/guides/zip-images/questions/" + ARCHITECTURE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("src=\"" + url + "\"");
	}

	@Test
	void shouldRefuseATextFileNamedPngWithAWarningAndShowTheAltTextOfItAndOfAMissingImage() throws Exception {
		JsonNode report = dryRun("zip-fake-images", Zips.of(Bundles.files(FOLDER, null)));

		assertThat(report.get("warnings").findValuesAsString("message"))
			.anySatisfy(message -> assertThat(message).contains("images/fake.png» is not stored")
				.contains("not a PNG, JPEG, GIF or WebP"))
			.anySatisfy(message -> assertThat(message).contains("images/logo.svg» is not stored"))
			.anySatisfy(message -> assertThat(message).contains("images/missing.png» has no file"));
		apply(report.get("id").asLong());

		String fake = answerHtml("zip-fake-images", "what-is-in-the-fake-picture");
		assertThat(fake).doesNotContain("<img").contains("<span class=\"missing-image\">A fake picture</span>");
		assertThat(answerHtml("zip-fake-images", "where-is-the-lost-diagram")).doesNotContain("<img")
			.contains("<span class=\"missing-image\">The lost diagram</span>");
		byte[] text = Files.readAllBytes(FOLDER.resolve("images/fake.png"));
		this.mvc.perform(get("/assets/" + sha256(text) + ".png")).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from guide_asset a join guide_version v on v.id = a.version_id join guide g on g.id = v.guide_id "
						+ "where g.slug = 'zip-fake-images'",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void shouldKeepAnImageOnceForEveryVersionThatShipsIt() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>(Bundles.files(FOLDER, null));
		apply(dryRun("zip-image-versions", Zips.of(files)).get("id").asLong());
		files.put("diagrams.md", (new String(files.get("diagrams.md")) + "\n## One more?\n\nYes.\n").getBytes());
		apply(dryRun("zip-image-versions", Zips.of(files)).get("id").asLong());
		String sha256 = sha256(files.get("images/diagram.png"));

		assertThat(this.jdbc.queryForObject("select count(*) from asset_content where sha256 = ?", Integer.class, sha256))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from guide_asset where sha256 = ?", Integer.class, sha256))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void shouldAnswer404ForAnImageNoVersionShipsOrAskedWithAnotherExtension() throws Exception {
		apply(dryRun("zip-image-404", Zips.of(Bundles.files(FOLDER, null))).get("id").asLong());
		String sha256 = sha256(Files.readAllBytes(FOLDER.resolve("images/diagram.png")));

		this.mvc.perform(get("/assets/" + sha256 + ".gif")).andExpect(status().isNotFound());
		this.mvc.perform(get("/assets/" + "0".repeat(64) + ".png")).andExpect(status().isNotFound());
		this.mvc.perform(get("/assets/not-a-hash.png")).andExpect(status().isNotFound());
	}

	@Test
	void shouldServeTheImagesOfAGitSource(@TempDir Path repository) throws Exception {
		for (Map.Entry<String, byte[]> file : Bundles.files(FOLDER, null).entrySet()) {
			Path target = repository.resolve("guide").resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("A guide with images").setAuthor("Test", "test@example.invalid").call();
		}
		String source = this.mvc
			.perform(post("/admin/api/sources").header("Authorization", "Bearer " + TestAdmin.TOKEN)
				.contentType("application/json")
				.content("{\"guide\":\"git-images\",\"url\":\"" + repository.toUri()
						+ "\",\"branch\":\"main\",\"path\":\"guide\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode check = call(post("/admin/api/sources/" + this.json.readTree(source).get("id").asLong() + "/check"));
		apply(check.get("id").asLong());
		byte[] gif = Files.readAllBytes(FOLDER.resolve("images/dot.gif"));
		String url = "/assets/" + sha256(gif) + ".gif";

		assertThat(answerHtml("git-images", ARCHITECTURE)).contains("src=\"" + url + "\"");
		MvcResult image = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(gif);
		assertThat(image.getResponse().getContentType()).isEqualTo("image/gif");
	}

	private JsonNode dryRun(String guide, byte[] zip) throws Exception {
		return call(post("/admin/api/imports").param("guide", guide).contentType("application/zip").content(zip));
	}

	private void apply(long id) throws Exception {
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk());
	}

	private JsonNode call(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.json.readTree(this.mvc.perform(request.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String answerHtml(String guide, String question) throws Exception {
		return this.json
			.readTree(this.mvc.perform(get("/api/guides/" + guide + "/questions/" + question))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("answerHtml")
			.asString();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
