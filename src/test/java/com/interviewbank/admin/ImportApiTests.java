package com.interviewbank.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Re-import through the admin API: dry run, apply, stale dry runs, refusals, old links.
 */
@SharedBankTest
class ImportApiTests {

	private static final String V1 = """
			# Bank API guide

			## Kept question

			Kept answer.

			## Old name

			Moved answer.

			## Dropped question

			Dropped answer.
			""";

	private static final String V2 = """
			# Bank API guide

			## Kept question

			Kept answer, edited.

			## New name

			Moved answer.

			## Fresh question

			Fresh answer.
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void shouldPreviewThenApplyAReImportAndKeepOldLinksWorking() throws Exception {
		apply(dryRun("api-guide", V1));
		long id = dryRun("api-guide", V2);
		this.mvc.perform(get("/api/guides/api-guide")).andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.counts.changed").value(1))
			.andExpect(jsonPath("$.changes.renamed[0].from").value("old-name"))
			.andExpect(jsonPath("$.changes.renamed[0].to").value("new-name"));
		this.mvc.perform(get("/api/guides/api-guide")).andExpect(jsonPath("$.version").value(2));
		this.mvc.perform(get("/guides/api-guide/questions/old-name"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/guides/api-guide/questions/new-name"));
		this.mvc.perform(get("/api/guides/api-guide/questions/old-name"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/guides/api-guide/questions/new-name"));
		this.mvc.perform(get("/guides/api-guide/questions/dropped-question").accept(MediaType.TEXT_HTML))
			.andExpect(status().isGone())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/search?q=Dropped%20question")));
		this.mvc.perform(get("/api/guides/api-guide/questions/dropped-question"))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.title").value("Gone"));
	}

	@Test
	void shouldReportTheDiffOfADryRunWithoutChangingTheBank() throws Exception {
		apply(dryRun("diff-guide", V1));
		this.mvc.perform(post("/admin/api/imports").param("guide", "diff-guide")
			.contentType("text/markdown")
			.content(V2.getBytes(StandardCharsets.UTF_8))
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"))
			.andExpect(jsonPath("$.guide").value("diff-guide"))
			.andExpect(jsonPath("$.checksum").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.outline.topicLevel").value(0))
			.andExpect(jsonPath("$.outline.questionLevel").value(2))
			.andExpect(jsonPath("$.outline.form").value("HEADING"))
			.andExpect(jsonPath("$.outline.formText").value("headings"))
			.andExpect(jsonPath("$.counts.topics").value(1))
			.andExpect(jsonPath("$.counts.questions").value(3))
			.andExpect(jsonPath("$.counts.added").value(1))
			.andExpect(jsonPath("$.counts.changed").value(1))
			.andExpect(jsonPath("$.counts.unchanged").value(0))
			.andExpect(jsonPath("$.counts.removed").value(1))
			.andExpect(jsonPath("$.counts.renamed").value(1))
			.andExpect(jsonPath("$.changes.added[0]").value("fresh-question"))
			.andExpect(jsonPath("$.changes.changed[0].slug").value("kept-question"))
			.andExpect(jsonPath("$.changes.changed[0].diff").value(org.hamcrest.Matchers.containsString("+Kept answer, edited.")))
			.andExpect(jsonPath("$.changes.removed[0]").value("dropped-question"))
			.andExpect(jsonPath("$.repairs").isMap())
			.andExpect(jsonPath("$.warnings").isArray());
		this.mvc.perform(get("/api/guides/diff-guide")).andExpect(jsonPath("$.version").value(1));
	}

	/**
	 * The seed's dry run: the counts by kind as before, each repair chosen from context under its
	 * kind with its line, and the same report read back from the history.
	 */
	@Test
	void shouldReportEachRepairKindOfTheSeedWithCountsAndExamples() throws Exception {
		byte[] seed = Files.readAllBytes(Path.of("content/python-senior-lead-questions.md"));
		String body = this.mvc
			.perform(post("/admin/api/imports").param("guide", "seed-report")
				.contentType("text/markdown")
				.content(seed)
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"))
			.andExpect(jsonPath("$.repairs.DASH").value(25))
			.andExpect(jsonPath("$.repairs.CYRILLIC_LETTER").value(31))
			.andExpect(jsonPath("$.repairExamples.DASH.length()").value(25))
			.andExpect(jsonPath("$.repairExamples.QUOTATION_MARK.length()").value(46))
			.andExpect(jsonPath("$.repairExamples.APOSTROPHE.length()").value(3))
			.andExpect(jsonPath("$.repairExamples.CYRILLIC_LETTER.length()").value(13))
			.andExpect(jsonPath("$.repairExamples.CYRILLIC_LETTER[2].line").value(1539))
			.andExpect(jsonPath("$.repairExamples.CYRILLIC_LETTER[2].damaged").value("ÐÑÐ¿Ð¾Ð»ÑÐ·ÑÐµÐ¼"))
			.andExpect(jsonPath("$.repairExamples.CYRILLIC_LETTER[2].restored").value("Используем"))
			.andExpect(jsonPath("$.repairExamples.CYRILLIC_LETTER[2].confidence")
				.value(org.hamcrest.Matchers.greaterThan(0.5)))
			.andExpect(jsonPath("$.repairExamples.DASH[?(@.line == 1551)].restored")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("`maxsize` – Number"))))
			.andExpect(jsonPath("$.repairExamples.DASH[?(@.line == 911)].uncertain")
				.value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$.repairExamples.DASH[?(@.line == 1551)].uncertain")
				.value(org.hamcrest.Matchers.contains(false)))
			.andExpect(jsonPath("$.repairExamples.CYRILLIC_LETTER[0].restored").value("Куб"))
			.andExpect(jsonPath("$.warnings[?(@.line == 2598)].message")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("«Ñ»"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = this.json.readTree(body).get("id").asLong();
		this.mvc.perform(get("/admin/api/imports").with(admin()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].repairExamples.CYRILLIC_LETTER[12].restored")
				.value(org.hamcrest.Matchers.contains("многозадачности")));
	}

	@Test
	void shouldRefuseToApplyADryRunOnceTheGuideChanged() throws Exception {
		apply(dryRun("stale-guide", V1));
		long stale = dryRun("stale-guide", V2);
		apply(dryRun("stale-guide", V2 + "\n## Another\n"));
		this.mvc.perform(post("/admin/api/imports/" + stale + "/apply").with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail").value(startsWith("The guide changed since this dry run")));
	}

	@Test
	void shouldImportAnUploadedFileDirectlyWhenAskedTo() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "uploaded-guide.md", "text/markdown",
				V1.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/admin/api/imports").file(file).param("dryRun", "false").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.guide").value("uploaded-guide"));
		this.mvc.perform(get("/api/guides/uploaded-guide")).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseBadInputWithProblemDetailsAndRecordIt() throws Exception {
		byte[] binary = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 };
		this.mvc.perform(post("/admin/api/imports").param("guide", "bad-guide").contentType("text/markdown").content(binary).with(admin()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("Guide refused"))
			.andExpect(jsonPath("$.detail").value(startsWith("The file is not text")));
		this.mvc.perform(post("/admin/api/imports").param("guide", "bad-guide").contentType("text/markdown").content(" \n").with(admin()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/admin/api/imports").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].error").value("The guide is empty."));
		this.mvc.perform(get("/api/guides/bad-guide")).andExpect(status().isNotFound());
	}

	@Test
	void shouldNeedTheAdminsCredentialsAndNoSession() throws Exception {
		this.mvc.perform(get("/admin/api/imports")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/api/imports").with(httpBasic(TestAdmin.USERNAME, "wrong"))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/api/imports").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	private long dryRun(String guide, String markdown) throws Exception {
		String body = this.mvc.perform(post("/admin/api/imports").param("guide", guide)
			.contentType("text/markdown")
			.content(markdown.getBytes(StandardCharsets.UTF_8))
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode report = this.json.readTree(body);
		return report.get("id").asLong();
	}

	private void apply(long id) throws Exception {
		String body = this.mvc.perform(post("/admin/api/imports/" + id + "/apply").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(body).get("status").asString()).isEqualTo("APPLIED");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		// A script using HTTP Basic must send a header no cross-site form can (see CrossSiteImportTests).
		return request -> {
			request.addHeader("X-Requested-With", "ImportApiTests");
			return httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD).postProcessRequest(request);
		};
	}

}
