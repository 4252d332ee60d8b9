package com.interviewbank.browse;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guide's change log for readers, as a page and an Atom feed.
 */
@SharedBankTest
class ChangesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Test
	void shouldListWhatEachVersionChangedOnAPageAndInAFeed() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "changelog.md",
				"# Log\n\n## Old title\n\nSame.\n\n## Gone\n\nBye.\n".getBytes(StandardCharsets.UTF_8), "admin");
		this.imports.importGuide(ImportRun.Source.API, "changelog.md",
				"# Log\n\n## New title\n\nSame.\n\n## Added\n\nHello.\n".getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(get("/guides/changelog/changes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-2\"")))
			.andExpect(content().string(containsString("<span>old-title → </span><a href=\"/guides/changelog/questions/new-title\">new-title</a>")))
			.andExpect(content().string(containsString("<a href=\"/guides/changelog/questions/added\">added</a>")))
			.andExpect(content().string(containsString("<span>gone</span>")))
			.andExpect(content().string(containsString("First import: 2 questions with answers.")));
		String atom = this.mvc.perform(get("/guides/changelog/changes.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(feed.getTitle()).isEqualTo("Log: changes");
		assertThat(feed.getEntries()).extracting(entry -> entry.getTitle()).containsExactly("Version 2", "Version 1");
		assertThat(feed.getEntries().get(0).getDescription().getValue()).isEqualTo("1 added, 0 changed, 1 renamed, 1 removed");
	}

}
