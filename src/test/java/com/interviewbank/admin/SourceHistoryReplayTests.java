package com.interviewbank.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.Bundles;
import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 30-seconds repository's whole history replayed as updates of one Git source, oldest first:
 * every commit that changes its questions is checked and applied. After each, every question URL
 * that ever answered 200 answers 200, 301 or 410 (never 404), and the version holds one topic and
 * one question per question file of that commit (a file of one question is read in the FILE form,
 * its headings part of the answer). By default every 8th such commit
 * and the newest are replayed, which keeps the build short; {@code -Dbank.replay.step=1} replays
 * every one.
 */
@SharedBankTest
class SourceHistoryReplayTests {

	private static final String GUIDE = "replay-30s";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void shouldNeverBreakAUrlThatOnceWorkedAcrossTheWholeHistory(@TempDir Path work) throws Exception {
		Path clone = Bundles.cloneOf(Bundles.THIRTY_SECONDS, work.resolve("30s"));
		List<RevCommit> commits = sampled(commitsChangingQuestions(clone), Integer.getInteger("bank.replay.step", 8));
		long source = register(clone);
		Set<String> everServed = new HashSet<>();
		int replayed = 0;
		for (RevCommit commit : commits) {
			int files = questionFiles(clone, commit);
			if (files == 0) {
				continue;
			}
			JsonNode report = check(source, commit.name());
			assertThat(report.get("commit").asString()).isEqualTo(commit.name());
			if ("DRY_RUN".equals(report.get("status").asString())) {
				apply(report.get("id").asLong());
			}
			JsonNode guide = read("/api/guides/" + GUIDE);
			assertThat(guide.get("topics")).as("topics at %s", commit.name()).hasSize(files);
			Set<String> served = servedQuestions(guide);
			assertThat(served).as("questions at %s", commit.name()).hasSize(files);
			everServed.addAll(served);
			for (String gone : everServed) {
				if (!served.contains(gone)) {
					int answer = this.mvc.perform(get("/guides/" + GUIDE + "/questions/" + gone))
						.andReturn()
						.getResponse()
						.getStatus();
					assertThat(answer).as("%s after %s", gone, commit.name()).isIn(200, 301, 410);
				}
			}
			replayed++;
		}
		assertThat(replayed).isGreaterThan(commitsChangingQuestions(clone).size() / Integer.getInteger("bank.replay.step", 8) - 2);
	}

	private static List<RevCommit> sampled(List<RevCommit> commits, int step) {
		List<RevCommit> sample = new ArrayList<>();
		for (int i = 0; i < commits.size(); i++) {
			if (i % step == 0 || i == commits.size() - 1) {
				sample.add(commits.get(i));
			}
		}
		return sample;
	}

	private Set<String> servedQuestions(JsonNode guide) throws Exception {
		Set<String> slugs = new HashSet<>();
		for (JsonNode topic : guide.get("topics")) {
			for (JsonNode question : read("/api/guides/" + GUIDE + "/topics/" + topic.get("slug").asString())
				.get("questions")) {
				slugs.add(question.get("slug").asString());
			}
		}
		return slugs;
	}

	private static List<RevCommit> commitsChangingQuestions(Path clone) throws Exception {
		try (Git git = Git.open(clone.toFile())) {
			List<RevCommit> commits = new ArrayList<>();
			git.log().addPath("questions").call().forEach(commits::add);
			Collections.reverse(commits);
			return commits;
		}
	}

	private static int questionFiles(Path clone, RevCommit commit) throws Exception {
		try (Git git = Git.open(clone.toFile()); TreeWalk tree = new TreeWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			tree.addTree(repository.parseCommit(commit).getTree());
			tree.setRecursive(true);
			tree.setFilter(PathFilter.create("questions"));
			int files = 0;
			while (tree.next()) {
				String name = tree.getNameString();
				if (name.endsWith(".md") && !name.startsWith(".")) {
					files++;
				}
			}
			return files;
		}
	}

	private long register(Path clone) throws Exception {
		String body = this.mvc.perform(post("/admin/api/sources").header("Authorization", "Bearer " + TestAdmin.TOKEN)
			.contentType("application/json")
			.content("{\"guide\":\"" + GUIDE + "\",\"url\":\"" + clone.toUri() + "\",\"branch\":\"main\",\"path\":\"questions\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	private JsonNode check(long source, String commit) throws Exception {
		String body = this.mvc.perform(post("/admin/api/sources/" + source + "/check").param("ref", commit)
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private void apply(long id) throws Exception {
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk());
	}

	private JsonNode read(String url) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
	}

}
