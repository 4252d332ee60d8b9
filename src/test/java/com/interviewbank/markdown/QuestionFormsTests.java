package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each question form read where a reader sees a question (docs/ARCHITECTURE.md, "Outline rules"),
 * headings that only group questions read as topics, and outlines kept stable across versions.
 */
class QuestionFormsTests {

	@Test
	void shouldReadBoldParagraphsAsQuestionsAndTheirHeadingsAsTopics() {
		ParsedGuide guide = Guides.markdown("""
				# Machine learning

				## Basics

				**What is overfitting?**

				A model that learns the noise.

				It fits the training set too well.

				**Why regularise?**
				To keep weights small.

				**Note** this is not a question.

				## Metrics

				**What is recall?**

				Found positives over all positives.
				""");
		assertThat(guide.outline()).isEqualTo(new Outline(2, 0, QuestionForm.BOLD));
		assertThat(guide.topics()).extracting(ParsedTopic::title).containsExactly("Basics", "Metrics");
		List<ParsedQuestion> basics = guide.topics().get(0).questions();
		assertThat(basics).extracting(ParsedQuestion::title).containsExactly("What is overfitting?", "Why regularise?");
		assertThat(basics.get(0).answerMarkdown()).isEqualTo("A model that learns the noise.\n\nIt fits the training set too well.");
		assertThat(basics.get(1).answerMarkdown()).isEqualTo("To keep weights small.\n\n**Note** this is not a question.");
		assertThat(basics.get(0).slug()).isEqualTo("what-is-overfitting");
		assertThat(guide.warnings()).anySatisfy(warning -> assertThat(warning.message())
			.contains("read as topics").contains("bold paragraphs").contains("admin page"));
	}

	@Test
	void shouldReadDetailsBlocksWithTheSummaryAsTitleAndKeepAnEmptyAnswer() {
		ParsedGuide guide = Guides.markdown("""
				# Sysadmin

				<details>
				<summary><b>What does <code>ls</code> do?</b></summary><br>

				It lists a directory.

				</details>

				<details>
				<summary><b>What is an inode?</b></summary><br>
				</details>
				""");
		assertThat(guide.outline().form()).isEqualTo(QuestionForm.DETAILS);
		List<ParsedQuestion> questions = guide.topics().get(0).questions();
		assertThat(questions).extracting(ParsedQuestion::title).containsExactly("What does ls do?", "What is an inode?");
		assertThat(questions.get(0).answerMarkdown()).isEqualTo("It lists a directory.");
		assertThat(questions.get(1).answerMarkdown()).isEmpty();
		assertThat(guide.lineRoles()).doesNotContainNull();
	}

	@Test
	void shouldNotTakeAnAnswerRevealedInDetailsForAQuestion() {
		ParsedGuide guide = Guides.markdown("""
				# Quiz

				###### 1. What's the output?

				<details><summary><b>Answer</b></summary>
				<p>

				#### Answer: D

				</p>
				</details>

				###### 2. And this one?

				<details><summary><b>Answer</b></summary>
				<p>B</p>
				</details>
				""");
		assertThat(guide.outline()).isEqualTo(new Outline(0, 6));
		assertThat(Guides.questions(guide).map(ParsedQuestion::title)).containsExactly("1. What's the output?",
				"2. And this one?");
	}

	@Test
	void shouldReadCategoryHeadingsOverListsOfQuestionsAsTopicsWithNestedAnswers() {
		ParsedGuide guide = Guides.markdown("""
				# Behavioural interviews

				Collected from many companies.

				## Airbnb behavioral interview questions

				- What is your favourite trip?
				- Why Airbnb?

				  Because of the mission.

				- Tell me about a conflict.

				## Amazon behavioral interview questions

				- Describe a time you disagreed with a manager.
				- How do you prioritise?

				  By impact, then effort.
				""");
		assertThat(guide.outline()).isEqualTo(new Outline(2, 0, QuestionForm.LIST));
		assertThat(guide.topics()).extracting(ParsedTopic::title)
			.containsExactly("Behavioural interviews", "Airbnb behavioral interview questions",
					"Amazon behavioral interview questions");
		ParsedTopic airbnb = guide.topics().get(1);
		assertThat(airbnb.questions()).singleElement().satisfies(question -> {
			assertThat(question.title()).isEqualTo("Why Airbnb?");
			assertThat(question.answerMarkdown()).isEqualTo("Because of the mission.");
		});
		assertThat(airbnb.prompts()).extracting(ParsedQuestion::title)
			.containsExactly("What is your favourite trip?", "Tell me about a conflict.");
		assertThat(guide.topics().get(2).questions()).extracting(ParsedQuestion::answerMarkdown)
			.containsExactly("By impact, then effort.");
		assertThat(guide.topics().get(0).introMarkdown()).isEqualTo("Collected from many companies.");
	}

	@Test
	void shouldReadQuestionAndAnswerPairsAndAQuestionWithNoAnswerAsAPrompt() {
		ParsedGuide guide = Guides.markdown("""
				# Pairs

				Q: What is a monad?
				A: A monoid in the category of endofunctors.

				**Q:** Why do we care?

				**A:** Composition.

				Question: What does this print?
				```js
				console.log(1 + "1")
				```
				""");
		assertThat(guide.outline().form()).isEqualTo(QuestionForm.QA);
		ParsedTopic topic = guide.topics().get(0);
		assertThat(topic.questions()).extracting(ParsedQuestion::title).containsExactly("What is a monad?", "Why do we care?");
		assertThat(topic.questions().get(0).answerMarkdown()).isEqualTo("A: A monoid in the category of endofunctors.");
		assertThat(topic.questions().get(1).answerMarkdown()).isEqualTo("**A:** Composition.");
		assertThat(topic.prompts()).singleElement().satisfies(prompt -> {
			assertThat(prompt.title()).isEqualTo("What does this print?");
			assertThat(prompt.answerMarkdown()).contains("console.log");
		});
	}

	@Test
	void shouldReadAFileThatIsOneQuestionWithItsAnswerParts() {
		ParsedGuide guide = Guides.markdown("""
				### What is ARIA?

				#### Answer

				Accessible Rich Internet Applications.

				##### O(1)

				A section of the answer.

				#### Good to hear

				* Roles

				##### Additional links

				* [Spec](https://www.w3.org/TR/wai-aria/)
				""");
		assertThat(guide.outline()).isEqualTo(new Outline(0, 3, QuestionForm.FILE));
		assertThat(guide.title()).isEqualTo("What is ARIA?");
		assertThat(guide.topics()).hasSize(1);
		ParsedQuestion question = guide.topics().get(0).questions().get(0);
		assertThat(question.title()).isEqualTo("What is ARIA?");
		assertThat(question.subsections()).extracting(Subsection::title)
			.containsExactly("Answer", "O(1)", "Good to hear", "Additional links");
	}

	@Test
	void shouldReadAFewH2QuestionsWithSubPointsAsQuestionsInEveryVersion() {
		String early = """
				# Python questions

				## What is the GIL?

				A lock.

				## What are decorators?

				### Syntax

				The @ sign.

				### Uses

				Caching.

				## What is a generator?

				A lazy iterator.
				""";
		String later = early + """

				## What is a context manager?

				A with block.
				""";
		for (String version : List.of(early, later)) {
			ParsedGuide guide = Guides.markdown(version);
			assertThat(guide.outline()).isEqualTo(new Outline(0, 2));
			assertThat(Guides.questions(guide).map(ParsedQuestion::title)).contains("What is the GIL?",
					"What are decorators?", "What is a generator?");
			assertThat(Guides.questions(guide).filter(q -> q.title().equals("What are decorators?")).findFirst()
				.orElseThrow()
				.subsections()).extracting(Subsection::title).containsExactly("Syntax", "Uses");
		}
	}

	@Test
	void shouldKeepThePreviousOutlineWhileTheNewTextFitsIt() {
		String grown = """
				# Python questions

				## What is the GIL?

				### In short

				A lock.

				## What are decorators?

				### Syntax

				The @ sign.

				## What is a generator?

				A lazy iterator.
				""";
		assertThat(Guides.markdown(grown).outline()).isEqualTo(new Outline(2, 3));
		ParsedGuide kept = parse(grown, new Outline(0, 2));
		assertThat(kept.outline()).isEqualTo(new Outline(0, 2));
		assertThat(Guides.questions(kept)).hasSize(3);
		assertThat(kept.warnings()).anySatisfy(warning -> assertThat(warning.message())
			.startsWith("Kept the outline of the previous version (one topic, questions at H2)"));
	}

	@Test
	void shouldReadAfreshAndSaySoWhenThePreviousOutlineNoLongerFits() {
		ParsedGuide guide = parse("# Guide\n\n## One\n\nText.\n\n## Two\n\nMore.\n", new Outline(2, 3));
		assertThat(guide.outline()).isEqualTo(new Outline(0, 2));
		assertThat(guide.warnings()).first().satisfies(warning -> assertThat(warning.message())
			.contains("no longer fits").contains("topics at H2, questions at H3").contains("admin page"));
	}

	@Test
	void shouldFollowTheAdminsFormOverTheDocument() {
		String bold = "# G\n\n## Area\n\n**What is X?**\n\nIt is.\n\n**What is Y?**\n\nAlso.\n";
		assertThat(Guides.markdown(bold).outline().form()).isEqualTo(QuestionForm.BOLD);
		ParsedGuide headings = Guides.PARSER.parse("g.md", bold.getBytes(StandardCharsets.UTF_8),
				new Outline(-1, -1, QuestionForm.HEADING), path -> false);
		assertThat(headings.outline()).isEqualTo(new Outline(0, 2));
		assertThat(Guides.questions(headings).map(ParsedQuestion::title)).containsExactly("Area");
	}

	private static ParsedGuide parse(String markdown, Outline previous) {
		return Guides.PARSER.parse("g.md", markdown.getBytes(StandardCharsets.UTF_8), Outline.DETECT, previous,
				path -> false, null);
	}

}
