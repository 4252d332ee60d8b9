package com.interviewbank.markdown;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags and difficulty per question, from front matter, metadata comments and level headings
 * (docs/ARCHITECTURE.md, "Question metadata").
 */
class QuestionMetadataTests {

	private static final String TRIMSTRAY = "trimstray__test-your-sysadmin-skills__README.md";

	@Test
	void shouldGiveEveryQuestionTheFrontMattersTagsAndDifficulty() {
		ParsedGuide guide = Guides.markdown("""
				---
				title: Databases
				tags: [SQL, "Indexes", sql]
				difficulty: 3
				---

				## What is an index?

				A lookup structure.

				## What is MVCC?

				Versions of rows.
				""");
		assertThat(items(guide)).hasSize(2)
			.allSatisfy(question -> assertThat(question.metadata())
				.isEqualTo(new QuestionMetadata(List.of("sql", "indexes"), 3)));
	}

	@Test
	void shouldReadJavaGuidesTagListAsTheTagOfEachOfItsQuestions() {
		ParsedGuide guide = Guides.corpus(Guides.JAVAGUIDE_REDIS);
		assertThat(items(guide)).isNotEmpty()
			.allSatisfy(question -> assertThat(question.metadata()).isEqualTo(new QuestionMetadata(List.of("redis"), null)));
	}

	@Test
	void shouldTakeALevelWordOrLevelNumberFromTheFrontMatter() {
		assertThat(difficultyOf("---\nlevel: senior\n---\n\n## Q?\n\nA.\n")).isEqualTo(4);
		assertThat(difficultyOf("---\ndifficulty: L2\n---\n\n## Q?\n\nA.\n")).isEqualTo(2);
		assertThat(difficultyOf("---\ndifficulty: 9\n---\n\n## Q?\n\nA.\n")).isNull();
		assertThat(difficultyOf("---\ndifficulty: whatever\n---\n\n## Q?\n\nA.\n")).isNull();
	}

	@Test
	void shouldReadThirtySecondsMetadataCommentsWithoutShowingThem() {
		ParsedGuide guide = Guides.markdown("""
				## JavaScript

				### What is a closure?

				A function with its scope.

				<!-- tags: (javascript,Node) -->

				<!-- expertise: (0) -->

				### What is event delegation?

				Handling events on a parent.

				<!-- tags: (javascript) -->

				<!-- expertise: (2) -->

				### What is hoisting?

				Declarations move up.
				""");
		List<ParsedQuestion> questions = guide.topics().get(0).questions();
		assertThat(questions).extracting(ParsedQuestion::metadata)
			.containsExactly(new QuestionMetadata(List.of("javascript", "node"), 1),
					new QuestionMetadata(List.of("javascript"), 4), QuestionMetadata.NONE);
		assertThat(questions.get(0).answerHtml()).doesNotContain("expertise").doesNotContain("tags:");
		assertThat(questions.get(0).answerHtml()).contains("A function with its scope.");
	}

	@Test
	void shouldReadAOneQuestionFileOfThirtySecondsWhateverItsOutline() {
		ParsedGuide guide = Guides.markdown("""
				### What is ARIA and when should you use it?

				#### Answer

				Accessible Rich Internet Applications.

				#### Good to hear

				* Provides role, name, and state

				<!-- tags: (accessibility,html) -->

				<!-- expertise: (1) -->
				""");
		ParsedQuestion holder = items(guide).stream()
			.filter(question -> question.answerMarkdown().contains("expertise"))
			.findFirst()
			.orElseThrow();
		assertThat(holder.metadata()).isEqualTo(new QuestionMetadata(List.of("accessibility", "html"), 3));
		assertThat(holder.answerHtml()).doesNotContain("expertise");
	}

	@Test
	void shouldIgnoreMetadataCommentsInsideCode() {
		ParsedGuide guide = Guides.markdown("""
				## How do I write a tag comment?

				```html
				<!-- tags: (not-a-tag) -->
				```
				""");
		assertThat(items(guide).get(0).metadata()).isEqualTo(QuestionMetadata.NONE);
	}

	@Test
	void shouldLetAQuestionsOwnCommentWinOverItsLevelHeadingAndTheFrontMatter() {
		ParsedGuide guide = Guides.markdown("""
				---
				tags: python
				difficulty: 2
				---

				# Python

				## Senior

				### What is the GIL?

				A lock.

				<!-- difficulty: 5 -->
				<!-- tags: concurrency -->

				### What is a metaclass?

				A class of classes.
				""");
		assertThat(items(guide)).extracting(ParsedQuestion::metadata)
			.containsExactly(new QuestionMetadata(List.of("python", "concurrency"), 5),
					new QuestionMetadata(List.of("python"), 4));
	}

	@Test
	void shouldTakeTheDifficultyOfTheNearestLevelHeadingOverAQuestion() {
		ParsedGuide guide = Guides.markdown("""
				# Sysadmin

				## L1: Fundamental

				### Group of questions

				#### What is a shell?

				A program.

				## Middle

				### Group of questions

				#### What is inode?

				A record.

				## Advanced differences between two shells in general

				### Group of questions

				#### What is POSIX?

				A standard.
				""");
		assertThat(items(guide)).extracting(question -> question.metadata().difficulty()).containsExactly(1, 3, null);
	}

	@Test
	void shouldNotTakeTheGuidesTitleForALevel() {
		ParsedGuide guide = Guides.markdown("# Senior\n\n## Basics\n\n### What is X?\n\nX.\n");
		assertThat(items(guide)).extracting(question -> question.metadata().difficulty()).containsOnlyNulls();
	}

	@Test
	void shouldGivePromptsTheLevelOfTheHeadingThatListsThem() {
		ParsedGuide guide = Guides.markdown("""
				# Interviews

				## Junior

				### Warm-up

				- What did you learn this week?
				- What excites you about this job?
				- Which tool do you like most?
				""");
		List<ParsedQuestion> prompts = guide.topics().stream().flatMap(topic -> topic.prompts().stream()).toList();
		assertThat(prompts).isNotEmpty().allSatisfy(prompt -> assertThat(prompt.metadata().difficulty()).isEqualTo(1));
	}

	@Test
	void shouldReadTrimstraysLevelHeadings() {
		ParsedGuide guide = Guides.corpus(TRIMSTRAY);
		String text = guide.repairedMarkdown();
		List<String> lines = text.lines().toList();
		int junior = lineOf(lines, ">Junior Sysadmin<");
		int regular = lineOf(lines, ">Regular Sysadmin<");
		int senior = lineOf(lines, ">Senior Sysadmin<");
		List<ParsedQuestion> items = items(guide);
		assertThat(items).filteredOn(item -> item.firstLine() > junior && item.firstLine() < regular)
			.isNotEmpty()
			.allSatisfy(item -> assertThat(item.metadata().difficulty()).isEqualTo(1));
		assertThat(items).filteredOn(item -> item.firstLine() > regular && item.firstLine() < senior)
			.isNotEmpty()
			.allSatisfy(item -> assertThat(item.metadata().difficulty()).isEqualTo(3));
		assertThat(items).filteredOn(item -> item.firstLine() < junior)
			.allSatisfy(item -> assertThat(item.metadata().difficulty()).isNull());
	}

	@Test
	void shouldLeaveTheSeedWithoutDifficulties() {
		// The seed's "Advanced differences between 2.x and 3.x in general" is a topic, not a level.
		assertThat(items(Guides.seed())).allSatisfy(item -> assertThat(item.metadata()).isEqualTo(QuestionMetadata.NONE));
	}

	@Test
	void shouldMapTheWordsGuidesUseOntoTheScale() {
		assertThat(Stream.of("Junior Sysadmin", ":diamond_shape_with_a_dot_inside: Regular Sysadmin", "Senior Sysadmin",
				"Guru Sysadmin", "Beginner", "Intermediate questions", "Advanced", "L2: Working knowledge", "Level 5",
				"Expert level", "Middle", "Python Basics", "What is a senior engineer?", "Leadership"))
			.map(Difficulty::ofHeading)
			.containsExactly(1, 3, 4, 5, 1, 3, 4, 2, 5, 5, 3, null, null, null);
		assertThat(Stream.of("0", "(1)", "2", "3")).map(Difficulty::ofExpertise).containsExactly(1, 3, 4, null);
	}

	@Test
	void shouldKeepTagsShortFewAndOnce() {
		QuestionMetadata metadata = new QuestionMetadata(
				Stream.concat(Stream.of("  Machine   Learning ", "machine learning", "", "x".repeat(80)),
						Stream.iterate(1, n -> n + 1).limit(40).map(n -> "t" + n))
					.toList(),
				null);
		assertThat(metadata.tags()).hasSize(QuestionMetadata.MAX_TAGS).startsWith("machine learning", "x".repeat(50));
	}

	private static int lineOf(List<String> lines, String needle) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i;
			}
		}
		throw new AssertionError(needle + " not found");
	}

	private static Integer difficultyOf(String markdown) {
		return items(Guides.markdown(markdown)).get(0).metadata().difficulty();
	}

	private static List<ParsedQuestion> items(ParsedGuide guide) {
		return guide.topics().stream().flatMap(topic -> topic.items().stream()).toList();
	}

}
