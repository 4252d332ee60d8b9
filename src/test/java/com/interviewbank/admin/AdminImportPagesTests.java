package com.interviewbank.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing in the admin pages: upload, review the diff, apply; refusals shown, not thrown.
 */
@SharedBankTest
class AdminImportPagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldUploadPreviewAndApplyAGuide() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "page-guide.md", "text/markdown",
				"# Page guide\n\n## First\n\nAnswer.\n".getBytes(StandardCharsets.UTF_8));
		MvcResult upload = this.mvc.perform(multipart("/admin/imports").file(file).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/imports/*"))
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import of page-guide: DRY_RUN")))
			.andExpect(content().string(containsString("1 topics, 1 questions: 1 added")))
			.andExpect(content().string(containsString(">Apply</button>")));
		this.mvc.perform(get("/api/guides/page-guide")).andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/apply").with(admin())).andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/apply").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "Applied: readers now see the new version."));
		this.mvc.perform(get("/api/guides/page-guide")).andExpect(status().isOk());
		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString("<td>page-guide</td>")))
			.andExpect(content().string(containsString("APPLIED")));
	}

	@Test
	void shouldShowEachRepairKindWithItsCountAndExamplesAndTheLinesLeftAsImported() throws Exception {
		MockMultipartFile seed = new MockMultipartFile("file", "seed-page.md", "text/markdown",
				Files.readAllBytes(Path.of("content/python-senior-lead-questions.md")));
		String page = this.mvc.perform(multipart("/admin/imports").file(seed).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = this.mvc.perform(get(page).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("CYRILLIC_LETTER: 31",
				"line 1539: «ÐÑÐ¿Ð¾Ð»ÑÐ·ÑÐµÐ¼» → «Используем» (Russian letter model, confidence 1.00)",
				"line 767: «- The openâclosed princ» → «- The open–closed princ»",
				"line 1532: «ÐÑÐ±» → «Куб» (Russian letter model, confidence",
				"line 2598: Damaged text «Ñ» is glued");
	}

	@Test
	void shouldShowWhyAGuideWasRefused() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("file", "empty.md", "text/markdown", " \n".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/admin/imports").file(empty).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("error", "The guide is empty."));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
