package com.interviewbank.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;
import com.interviewbank.support.Zips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guides of several files uploaded as a zip: the index's order, links between files, moves that
 * keep a question's key and URL, and the zips the bank refuses.
 */
@SharedBankTest
class SeveralFilesImportTests {

	private static final Map<String, String> V1 = Map.of(
			"README.md", "# Zip guide\n\n## Contents\n\n1. [Databases](docs/db.md)\n2. [Releases](docs/release.md)\n",
			"docs/db.md", "# Databases\n\n## What is MVCC?\n\nRow versions. See [rollbacks](release.md#how-do-you-roll-back).\n\n"
					+ "## What is WAL?\n\nA log written first.\n",
			"docs/release.md", "# Releases\n\n## How do you roll back?\n\nRedeploy the last tag.\n");

	private static final Map<String, String> V2 = Map.of(
			"README.md", "# Zip guide\n\n## Contents\n\n1. [Databases](docs/db.md)\n2. [Releases](docs/release.md)\n",
			"docs/db.md", "# Databases\n\n## What is MVCC?\n\nRow versions. See [rollbacks](release.md#how-do-you-roll-back).\n",
			"docs/release.md", "# Releases\n\n## How do you roll back?\n\nRedeploy the last tag.\n\n"
					+ "## What is WAL?\n\nA log written first.\n");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void shouldImportAZipInTheIndexOrderWithLinksBetweenFilesLeadingToTheirPages() throws Exception {
		apply(zipDryRun("zip-guide", Zips.ofTexts(V1)));

		this.mvc.perform(get("/api/guides/zip-guide"))
			.andExpect(jsonPath("$.title").value("Zip guide"))
			.andExpect(jsonPath("$.topics[0].title").value("Databases"))
			.andExpect(jsonPath("$.topics[1].title").value("Releases"));
		this.mvc.perform(get("/api/guides/zip-guide/questions/what-is-mvcc"))
			.andExpect(jsonPath("$.answerHtml").value(org.hamcrest.Matchers
				.containsString("href=\"/guides/zip-guide/anchors/how-do-you-roll-back\"")));
		this.mvc.perform(get("/guides/zip-guide/anchors/how-do-you-roll-back"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("how-do-you-roll-back")));
	}

	@Test
	void shouldReportAQuestionMovedToAnotherFileAndKeepItsKeyAndUrl() throws Exception {
		apply(zipDryRun("zip-moves", Zips.ofTexts(V1)));
		String key = this.json
			.readTree(this.mvc.perform(get("/api/guides/zip-moves/questions/what-is-wal"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();

		JsonNode report = report(post("/admin/api/imports").param("guide", "zip-moves")
			.contentType("application/zip")
			.content(Zips.ofTexts(V2)));

		assertThat(report.at("/counts/removed").asInt()).isZero();
		assertThat(report.at("/counts/added").asInt()).isZero();
		assertThat(report.at("/changes/moved/0/slug").asString()).isEqualTo("what-is-wal");
		assertThat(report.at("/changes/moved/0/from").asString()).isEqualTo("docs/db.md");
		assertThat(report.at("/changes/moved/0/to").asString()).isEqualTo("docs/release.md");
		apply(report.get("id").asLong());
		this.mvc.perform(get("/api/guides/zip-moves/questions/what-is-wal"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(key))
			.andExpect(jsonPath("$.topic").value("releases"));
	}

	@Test
	void shouldTakeAZipAsAMultipartFileNamedDotZip() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "multipart-zip.zip", "application/octet-stream",
				Zips.ofTexts(V1));
		JsonNode report = report(multipart("/admin/api/imports").file(file));

		assertThat(report.get("guide").asString()).isEqualTo("multipart-zip");
		assertThat(report.at("/counts/questions").asInt()).isEqualTo(3);
	}

	@Test
	void shouldRefuseWhatIsNotAZipWith415() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "not-a-zip")
			.contentType("application/zip")
			.content("# Just Markdown\n\n## Q?\n\nA.\n")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("The upload is not a zip archive."));
	}

	@Test
	void shouldRefuseAZipWhosePathsLeaveTheGuideWith422() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "zip-slip")
			.contentType("application/zip")
			.content(Zips.ofTexts(Map.of("../../etc/evil.md", "# Evil\n\n## Q?\n\nA.\n")))
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("points outside the guide")));
		this.mvc.perform(get("/api/guides/zip-slip")).andExpect(status().isNotFound());
	}

	@Test
	void shouldRefuseAZipBombWith413() throws Exception {
		byte[] zeros = new byte[20 * 1024 * 1024];
		this.mvc.perform(post("/admin/api/imports").param("guide", "zip-bomb")
			.contentType("application/zip")
			.content(Zips.of(Map.of("bomb.md", zeros)))
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("expands more than")));
	}

	@Test
	void shouldRefuseAZipWithNoMarkdownWith422() throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "zip-empty")
			.contentType("application/zip")
			.content(Zips.ofTexts(Map.of("notes.txt", "hello")))
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isUnprocessableContent());
	}

	private long zipDryRun(String guide, byte[] zip) throws Exception {
		return report(post("/admin/api/imports").param("guide", guide).contentType("application/zip").content(zip))
			.get("id")
			.asLong();
	}

	private JsonNode report(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		String body = this.mvc.perform(request.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private void apply(long id) throws Exception {
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"));
	}

}
