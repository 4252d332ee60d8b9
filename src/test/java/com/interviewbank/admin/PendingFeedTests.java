package com.interviewbank.admin;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feed of source checks waiting for an admin: an entry for a dry run of a source, with its
 * commit range, counts and review link, gone once applied; admins only.
 */
@SharedBankTest
class PendingFeedTests {

	private static final String FEED = "/admin/sources/pending.atom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void shouldListACheckWaitingForAnAdminUntilItIsApplied(@TempDir Path repository) throws Exception {
		RevCommit first = commit(repository, "First questions", "a.md",
				"# Alpha\n\n## What is one?\n\nOne.\n\n## What is two?\n\nTwo.\n");
		long source = register("feed-guide", repository);
		apply(call(post("/admin/api/sources/" + source + "/check")).get("id").asLong());
		assertThat(entriesOf("feed-guide", feed(FEED))).isEmpty();

		Files.writeString(repository.resolve("a.md"), "# Alpha\n\n## What is one?\n\nOne.\n");
		RevCommit second = commit(repository, "Move two, add three", "b.md",
				"# Beta\n\n## What is two?\n\nTwo.\n\n## What is three?\n\nThree.\n");
		long check = call(post("/admin/api/sources/" + source + "/check")).get("id").asLong();

		List<SyndEntry> entries = entriesOf("feed-guide", feed(FEED));
		assertThat(entries).hasSize(1);
		SyndEntry entry = entries.get(0);
		assertThat(entry.getTitle()).isEqualTo("feed-guide: " + first.name().substring(0, 7) + ".."
				+ second.name().substring(0, 7));
		assertThat(entry.getLink()).endsWith("/admin/imports/" + check);
		assertThat(entry.getDescription().getValue()).startsWith("1 added, 0 changed, 0 removed, 1 moved, 0 renamed")
			.contains(second.name().substring(0, 7) + " Move two, add three");
		assertThat(entriesOf("feed-guide", feedWithToken())).hasSize(1);

		apply(check);
		assertThat(entriesOf("feed-guide", feed(FEED))).isEmpty();
	}

	@Test
	void shouldRefuseTheFeedToAnonymousReaders() throws Exception {
		// a feed reader gets a bare 401; a browser is sent to the login page
		this.mvc.perform(get(FEED)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(FEED).accept("text/html"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/admin/api/sources/pending.atom")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/api/sources/pending.atom").header("Authorization", "Bearer wrong-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldLinkTheFeedFromTheAdminSourcesPage() throws Exception {
		this.mvc.perform(get("/admin/sources").with(user(TestAdmin.USERNAME).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/admin/sources/pending.atom\"")));
	}

	private SyndFeed feed(String path) throws Exception {
		String atom = this.mvc.perform(get(path).with(user(TestAdmin.USERNAME).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new SyndFeedInput().build(new StringReader(atom));
	}

	private SyndFeed feedWithToken() throws Exception {
		String atom = this.mvc
			.perform(get("/admin/api/sources/pending.atom").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new SyndFeedInput().build(new StringReader(atom));
	}

	private static List<SyndEntry> entriesOf(String guide, SyndFeed feed) {
		return feed.getEntries().stream().filter(entry -> entry.getTitle().startsWith(guide + ":")).toList();
	}

	private static RevCommit commit(Path repository, String message, String path, String text) throws Exception {
		Files.writeString(repository.resolve(path), text);
		try (Git git = Files.isDirectory(repository.resolve(".git")) ? Git.open(repository.toFile())
				: Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			return git.commit().setMessage(message).setAuthor("Test", "test@example.invalid").call();
		}
	}

	private long register(String guide, Path repository) throws Exception {
		return call(post("/admin/api/sources").contentType("application/json")
			.content("{\"guide\":\"" + guide + "\",\"url\":\"" + repository.toUri() + "\",\"branch\":\"main\"}"))
			.get("id")
			.asLong();
	}

	private JsonNode call(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.json.readTree(this.mvc.perform(request.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void apply(long id) throws Exception {
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk());
	}

}
