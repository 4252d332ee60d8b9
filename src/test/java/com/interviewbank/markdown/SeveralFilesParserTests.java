package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.interviewbank.support.Bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeveralFilesParserTests {

	private final SeveralFilesParser parser = new SeveralFilesParser(new GuideParser());

	@Test
	void shouldOrderFilesByTheIndexLinksThenByPath(@TempDir Path dir) {
		ParsedFiles parsed = this.parser.parse("ops", files(Map.of(
				"README.md", "# Ops guide\n\n## Contents\n\n- [Databases](db/postgresql.md)\n- [Release](release.md)\n",
				"release.md", "# Release strategy\n\n## How do you roll back?\n\nRedeploy the last tag.\n",
				"db/postgresql.md", "# PostgreSQL\n\n## What is MVCC?\n\nRow versions.\n",
				"zz-extra.md", "# Extra\n\n## What else?\n\nMore.\n",
				"a-first.md", "# Alpha\n\n## Why alpha?\n\nFirst by path.\n"), null), Outline.DETECT);

		assertThat(parsed.guide().title()).isEqualTo("Ops guide");
		assertThat(parsed.order()).containsExactly("README.md", "db/postgresql.md", "release.md", "a-first.md",
				"zz-extra.md");
		assertThat(parsed.guide().topics()).extracting(ParsedTopic::title)
			.containsExactly("PostgreSQL", "Release strategy", "Alpha", "Extra");
		assertThat(parsed.questionFiles()).containsEntry("what-is-mvcc", "db/postgresql.md")
			.containsEntry("how-do-you-roll-back", "release.md");
	}

	@Test
	void shouldNotTurnTheIndexLinksToFilesIntoQuestions() {
		ParsedFiles parsed = this.parser.parse("g", files(Map.of(
				"index.md", "# G\n\n## Sections\n\n- [What is in part one?](one.md)\n- [What is in part two?](two.md)\n",
				"one.md", "# One\n\n## Q1?\n\nA1.\n", "two.md", "# Two\n\n## Q2?\n\nA2.\n"), null), Outline.DETECT);

		assertThat(parsed.guide().topics()).extracting(ParsedTopic::title).containsExactly("One", "Two");
		assertThat(parsed.guide().topics().stream().flatMap(t -> t.items().stream()).map(ParsedQuestion::title))
			.containsExactly("Q1?", "Q2?");
	}

	@Test
	void shouldSuffixAnAnchorThatAnEarlierFileHasAndPointLinksAtIt() {
		ParsedFiles parsed = this.parser.parse("g", files(Map.of(
				"README.md", "# G\n\n- [one](one.md)\n- [two](two.md)\n",
				"one.md", "# One\n\n## Setup\n\nFirst setup. See [the other](two.md#setup) and [two](./two.md).\n",
				"two.md", "# Two\n\n## Setup\n\nSecond setup, unlike [the first](one.md#setup). Also [here](#setup).\n"),
				null), Outline.DETECT);

		List<ParsedQuestion> questions = parsed.guide().topics().stream().flatMap(t -> t.items().stream()).toList();
		assertThat(questions).extracting(ParsedQuestion::slug).containsExactly("setup", "setup-1");
		assertThat(questions.get(0).answerHtml()).contains("href=\"#setup-1\" data-anchor=\"setup-1\"")
			.contains("href=\"#two\" data-anchor=\"two\"");
		assertThat(questions.get(1).answerHtml()).contains("href=\"#setup\" data-anchor=\"setup\"")
			.contains("href=\"#setup-1\" data-anchor=\"setup-1\"");
		assertThat(parsed.questionFiles()).containsEntry("setup", "one.md").containsEntry("setup-1", "two.md");
	}

	@Test
	void shouldResolveOtherRelativeLinksAgainstTheSourceAddressAndTheFileFolder() {
		ParsedFiles parsed = this.parser.parse("g", files(Map.of(
				"README.md", "# G\n\n- [one](docs/one.md)\n- [two](two.md)\n",
				"docs/one.md", "# One\n\n## Q1?\n\nSee [two](../two.md), [the script](run.sh) and [notes](notes.md).\n",
				"docs/notes.md", "No heading here.\n", "two.md", "# Two\n\n## Q2?\n\nA2.\n"), null),
				Outline.DETECT, null, "https://github.com/o/r/blob/main/");

		String answer = parsed.guide().topics().get(0).items().get(0).answerHtml();
		assertThat(answer).contains("href=\"#two\" data-anchor=\"two\"")
			.contains("href=\"https://github.com/o/r/blob/main/docs/run.sh\"")
			.doesNotContain("notes.md")
			.contains("notes");
	}

	@Test
	void shouldUseTheNamedIndexAndLeaveOutFilesWithNoHeadings() {
		ParsedFiles parsed = this.parser.parse("my-guide", files(Map.of(
				"start.md", "# Named index\n\n[b](b.md) then [a](a.md)\n",
				"a.md", "# A\n\n## Qa?\n\nA.\n", "b.md", "# B\n\n## Qb?\n\nB.\n", "LICENSE.md", "MIT licence text\n"),
				"start.md"), Outline.DETECT);

		assertThat(parsed.guide().title()).isEqualTo("Named index");
		assertThat(parsed.guide().topics()).extracting(ParsedTopic::title).containsExactly("B", "A");
		assertThat(parsed.guide().warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("LICENSE.md: "));
	}

	@Test
	void shouldRefuseAGuideWithNoMarkdownFile() {
		assertThatThrownBy(() -> this.parser.parse("g", files(Map.of("images/a.png", "x"), null), Outline.DETECT))
			.isInstanceOf(RejectedGuideException.class)
			.extracting(ex -> ((RejectedGuideException) ex).httpStatus())
			.isEqualTo(422);
	}

	@Test
	void shouldReadTheH5bpRepositoryAsTenTopicsInTheReadmeOrder(@TempDir Path dir) {
		Path clone = Bundles.cloneOf(Bundles.H5BP, dir.resolve("h5bp"));

		ParsedFiles parsed = this.parser.parse("h5bp", GuideFiles.of(Bundles.files(clone, ""), null), Outline.DETECT);

		assertThat(parsed.guide().title()).isEqualTo("Front-end Developer Interview Questions");
		assertThat(parsed.guide().topics()).extracting(ParsedTopic::title)
			// javascript-questions.md ends in its own "## Coding questions": the prompts before it are
			// a topic under the file's front-matter title, those after it a second topic
			.containsExactly("General Questions", "HTML Questions", "CSS Questions", "JavaScript Questions",
					"Coding questions", "Testing Questions", "Performance Questions", "Network Questions", "Coding Questions",
					"Fun Questions");
		assertThat(parsed.questionFiles()).hasSizeGreaterThan(100)
			.allSatisfy((slug, file) -> assertThat(file).startsWith("src/questions/"));
	}

	private static GuideFiles files(Map<String, String> texts, String index) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
		return GuideFiles.of(files, index);
	}

}
