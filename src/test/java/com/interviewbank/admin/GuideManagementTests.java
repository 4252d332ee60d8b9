package com.interviewbank.admin;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an admin decides about a guide, as readers then see it.
 */
@SharedBankTest
class GuideManagementTests {

	private static final String GUIDE = "# Managed\n\n## Group\n\n### Zanzibar question\n\nAnswer.\n\n### Other question\n\nMore.\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Test
	void shouldKeepAnAdminsTitleAndLicenceLineAcrossReImports() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "described.md", GUIDE.getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(post("/admin/guides/described").param("title", "A better title").param("language", "")
			.param("attribution", "CC BY 4.0, © The Authors").with(admin()).with(csrf()))
			.andExpect(status().isFound());
		this.imports.importGuide(ImportRun.Source.API, "described.md", (GUIDE + "\n### Third\n").getBytes(StandardCharsets.UTF_8),
				"admin");
		this.mvc.perform(get("/api/guides/described"))
			.andExpect(jsonPath("$.title").value("A better title"))
			.andExpect(jsonPath("$.attribution").value("CC BY 4.0, © The Authors"))
			.andExpect(jsonPath("$.version").value(2));
		this.mvc.perform(get("/guides/described")).andExpect(content().string(containsString("CC BY 4.0, © The Authors")));
	}

	@Test
	void shouldReadAGuideOfSeveralFilesAsSeveralFilesWhenItsTitleIsCleared() throws Exception {
		// no index: the guide's title comes from its name; read as one file, it would be the first file's
		byte[] zip = com.interviewbank.support.Zips.ofTexts(java.util.Map.of("a.md", "# Alpha\n\n## What is one?\n\nOne.\n",
				"b.md", "# Beta\n\n## What is two?\n\nTwo.\n"));
		String report = this.mvc.perform(post("/admin/api/imports").param("guide", "described-files")
			.contentType("application/zip")
			.content(zip)
			.header("Authorization", "Bearer " + com.interviewbank.support.TestAdmin.TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = report.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply")
			.header("Authorization", "Bearer " + com.interviewbank.support.TestAdmin.TOKEN)).andExpect(status().isOk());
		this.mvc.perform(get("/api/guides/described-files")).andExpect(jsonPath("$.title").value("Described files"));

		this.mvc.perform(post("/admin/guides/described-files").param("title", "For a while").param("language", "")
			.param("attribution", "").with(admin()).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get("/api/guides/described-files")).andExpect(jsonPath("$.title").value("For a while"));
		this.mvc.perform(post("/admin/guides/described-files").param("title", "").param("language", "")
			.param("attribution", "").with(admin()).with(csrf())).andExpect(status().isFound());

		this.mvc.perform(get("/api/guides/described-files")).andExpect(jsonPath("$.title").value("Described files"));
	}

	@Test
	void shouldPreviewAnOutlineOverrideAndUseItOnApply() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "outlined.md", GUIDE.getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(get("/api/guides/outlined")).andExpect(jsonPath("$.topics[0].questionCount").value(2));
		String preview = this.mvc.perform(post("/admin/guides/outlined/outline").param("topicLevel", "0")
			.param("questionLevel", "2")
			.with(admin())
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(preview + "/apply").with(admin()).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get("/api/guides/outlined"))
			.andExpect(jsonPath("$.topics.length()").value(1))
			.andExpect(jsonPath("$.topics[0].title").value("Managed"))
			.andExpect(jsonPath("$.topics[0].questionCount").value(1));
	}

	@Test
	void shouldReadBoldQuestionsUnderGroupingHeadingsUntilTheAdminChoosesHeadings() throws Exception {
		String bold = "# Bold\n\n## Basics\n\n**What is a closure?**\n\nA function with its scope.\n\n"
				+ "**Why use one?**\n\nTo keep state.\n\n## More\n\n**What is hoisting?**\n\nDeclarations first.\n\n"
				+ "**What is a promise?**\n\nA value to come.\n";
		this.imports.importGuide(ImportRun.Source.API, "bolded.md", bold.getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(get("/api/guides/bolded"))
			.andExpect(jsonPath("$.topics.length()").value(2))
			.andExpect(jsonPath("$.topics[1].title").value("More"))
			.andExpect(jsonPath("$.topics[1].questionCount").value(2));
		String preview = this.mvc.perform(post("/admin/guides/bolded/outline").param("topicLevel", "")
			.param("questionLevel", "")
			.param("form", "HEADING")
			.with(admin())
			.with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(preview).with(admin())).andExpect(content().string(containsString("questions written as headings")));
		this.mvc.perform(post(preview + "/apply").with(admin()).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get("/api/guides/bolded"))
			.andExpect(jsonPath("$.topics.length()").value(1))
			.andExpect(jsonPath("$.topics[0].questionCount").value(2));
		this.mvc.perform(get("/admin/guides/bolded").with(admin()))
			.andExpect(content().string(containsString("selected=\"selected\">headings</option>")));
	}

	@Test
	void shouldHideAnUnpublishedGuideFromReadersAndSearch() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "hidden.md",
				GUIDE.replace("Zanzibar", "Xochimilco").getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(get("/api/search").param("q", "xochimilco")).andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(post("/admin/guides/hidden/publish").param("published", "false").with(admin()).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/guides/hidden")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/search").param("q", "xochimilco")).andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(post("/admin/guides/hidden/publish").param("published", "true").with(admin()).with(csrf()));
		this.mvc.perform(get("/guides/hidden")).andExpect(status().isOk());
	}

	@Test
	void shouldRestoreAnEarlierVersionThroughADryRun() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "restored.md", GUIDE.getBytes(StandardCharsets.UTF_8), "admin");
		this.imports.importGuide(ImportRun.Source.API, "restored.md", "# Managed\n\n## Only one\n".getBytes(StandardCharsets.UTF_8),
				"admin");
		String preview = this.mvc.perform(post("/admin/guides/restored/versions/1/restore").with(admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(preview + "/apply").with(admin()).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get("/api/guides/restored"))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.topics[0].questionCount").value(2));
	}

	@Test
	void shouldDeleteAGuideOnlyWhenItsSlugIsTypedAndDropItFromSearch() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "deleted.md",
				GUIDE.replace("Zanzibar", "Quetzalcoatl").getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(post("/admin/guides/deleted/delete").param("confirm", "nope").with(admin()).with(csrf()));
		this.mvc.perform(get("/guides/deleted")).andExpect(status().isOk());
		this.mvc.perform(post("/admin/guides/deleted/delete").param("confirm", "deleted").with(admin()).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/guides/deleted")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/search").param("q", "quetzalcoatl")).andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/admin/api/imports").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"guide\":\"deleted\"")));
	}

	@Test
	void shouldAnswerTheOldSlugOfARenamedGuideWith301Everywhere() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "old-slug.md", GUIDE.replace("Zanzibar", "Tegucigalpa").getBytes(StandardCharsets.UTF_8),
				"admin");
		// Searched before the rename: its hits are kept for the content of then, not shown after it.
		this.mvc.perform(get("/api/search").param("q", "tegucigalpa"))
			.andExpect(jsonPath("$.results[0].guide").value("old-slug"));
		this.mvc.perform(post("/admin/guides/old-slug/rename").param("newSlug", "Not A Slug").with(admin()).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "A guide's slug is 1 to 100 lower-case letters, digits, dashes and underscores, not starting or ending with a dash."));
		this.mvc.perform(post("/admin/guides/old-slug/rename").param("newSlug", "new-slug").with(admin()).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/guides/old-slug/questions/tegucigalpa-question?hl=x"))
			.andExpect(status().isMovedPermanently())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Location", "/guides/new-slug/questions/tegucigalpa-question?hl=x"));
		this.mvc.perform(get("/api/guides/old-slug"))
			.andExpect(status().isMovedPermanently())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Location", "/api/guides/new-slug"));
		this.mvc.perform(get("/guides/new-slug")).andExpect(status().isOk());
		// Related questions are shown from memory, with the guide's slug of now.
		this.mvc.perform(get("/guides/new-slug/questions/tegucigalpa-question"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li><a href=\"/guides/new-slug/questions/other-question\">Other question</a></li>")));
		this.mvc.perform(get("/api/search").param("q", "tegucigalpa"))
			.andExpect(jsonPath("$.results[0].guide").value("new-slug"))
			.andExpect(jsonPath("$.results[0].url").value(org.hamcrest.Matchers.startsWith("/guides/new-slug/")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
