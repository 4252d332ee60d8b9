package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outline rules of docs/ARCHITECTURE.md, one small guide each.
 */
class OutlineRulesTests {

	@Test
	void shouldNeedASpaceAfterTheHashesOfAnAtxHeading() {
		ParsedGuide guide = Guides.markdown("# Guide\n\n## One\n\n##Not a heading\n\n## Two\n");
		assertThat(titles(guide)).containsExactly("One", "Two");
		assertThat(guide.topics().get(0).questions().get(0).answerMarkdown()).isEqualTo("##Not a heading");
	}

	@Test
	void shouldCountSetextHeadings() {
		ParsedGuide guide = Guides.markdown("Guide\n=====\n\nFirst question\n--------------\n\nAnswer one.\n\nSecond\n---\nAnswer two.\n");
		assertThat(guide.title()).isEqualTo("Guide");
		assertThat(titles(guide)).containsExactly("First question", "Second");
		assertThat(guide.topics().get(0).questions().get(1).answerMarkdown()).isEqualTo("Answer two.");
	}

	@Test
	void shouldReadHeadingsThatOpenListItemsAsQuestionsAndDedentTheirAnswers() {
		ParsedGuide guide = Guides.markdown("""
				# Guide

				## Basics

				1.  ### What is X?

				    X is a thing.

				        code inside

				2.  ### What is Y?

				    Y is another.

				    ## Not a topic: further down the item
				""");
		assertThat(titles(guide)).containsExactly("What is X?", "What is Y?");
		ParsedQuestion first = guide.topics().get(0).questions().get(0);
		assertThat(first.answerMarkdown()).isEqualTo("X is a thing.\n\n    code inside");
		assertThat(first.answerHtml()).isEqualTo("<p>X is a thing.</p>\n<pre><code>code inside\n</code></pre>\n");
		assertThat(guide.topics()).hasSize(1);
	}

	@Test
	void shouldNeverTakeCodeForAHeading() {
		ParsedGuide guide = Guides.markdown("# Guide\n\n## Q\n\n```python\n# a comment\n## another\n```\n\n    # indented code\n\n## R\n");
		assertThat(titles(guide)).containsExactly("Q", "R");
		assertThat(guide.topics().get(0).questions().get(0).subsections()).isEmpty();
	}

	@Test
	void shouldKeepHeadingsInsideDetailsInTheirAnswer() {
		ParsedGuide guide = Guides.markdown("""
				###### 1. What's the output?

				<details><summary><b>Answer</b></summary>
				<p>

				#### Answer: D

				Because.

				</p>
				</details>

				###### 2. Which one is true?

				<details><summary><b>Answer</b></summary>

				#### Answer: D

				</details>
				""");
		assertThat(guide.outline()).isEqualTo(new Outline(0, 6));
		assertThat(titles(guide)).containsExactly("1. What's the output?", "2. Which one is true?");
		assertThat(guide.topics().get(0).questions()).extracting(q -> q.anchors())
			.containsExactly(List.of("answer-d"), List.of("answer-d-1"));
		assertThat(guide.topics().get(0).questions().get(1).answerHtml()).contains("<h3 id=\"answer-d-1\">Answer: D<a class=\"heading-link\" href=\"#answer-d-1\" aria-label=\"Link to this section\">#</a></h3>");
	}

	@Test
	void shouldTakeH2sAsTopicsUnderOneTitleH1AndH3sAsQuestions() {
		ParsedGuide guide = Guides.markdown("""
				# Title

				Intro of the guide.

				## Group A
				### Q1
				A1
				### Q2
				#### Detail
				A2
				## Group B
				### Q3
				""");
		assertThat(guide.outline()).isEqualTo(new Outline(2, 3));
		assertThat(guide.topics()).extracting(ParsedTopic::title).containsExactly("Group A", "Group B");
		assertThat(guide.topics().get(0).introMarkdown()).isEqualTo("Intro of the guide.");
		assertThat(guide.topics().get(0).questions().get(1).subsections())
			.containsExactly(new Subsection("detail", "Detail", 4));
	}

	@Test
	void shouldLetTheCallerOverrideTheLevels() {
		String markdown = "# Title\n\n## Group A\n### Q1\n### Q2\n## Group B\n### Q3\n";
		ParsedGuide guide = Guides.PARSER.parse("g.md", markdown.getBytes(StandardCharsets.UTF_8), new Outline(0, 2),
				path -> false);
		assertThat(guide.topics()).hasSize(1);
		assertThat(titles(guide)).containsExactly("Group A", "Group B");
		assertThat(guide.topics().get(0).questions().get(0).subsections()).extracting(Subsection::title)
			.containsExactly("Q1", "Q2");
	}

	@Test
	void shouldTakeTheTitleFromFrontMatterThenHtmlThenFileName() {
		assertThat(Guides.markdown("---\ntitle: From Front Matter\n---\n\n## Q\n").title())
			.isEqualTo("From Front Matter");
		assertThat(Guides.markdown("<div>\n  <h1>From <b>HTML</b></h1>\n</div>\n\n## Q\n").title()).isEqualTo("From HTML");
		assertThat(Guides.PARSER.parse("python-senior_lead.md", "## Q\n".getBytes(StandardCharsets.UTF_8)).title())
			.isEqualTo("Python senior lead");
	}

	@Test
	void shouldSuffixDuplicateAnchorsInDocumentOrder() {
		ParsedGuide guide = Guides.markdown("# G\n\n## Setup\n### Example\n## Usage\n### Example\n### Example\n## Setup\n");
		assertThat(guide.topics()).extracting(ParsedTopic::slug).containsExactly("setup", "usage", "setup-1");
		assertThat(Guides.questions(guide)).extracting(ParsedQuestion::slug)
			.containsExactly("example", "example-1", "example-2");
	}

	@Test
	void shouldMakeGitHubAnchors() {
		assertThat(GitHubSlugger.slug("Advanced differences  between 2.x and 3.x in general"))
			.isEqualTo("advanced-differences--between-2x-and-3x-in-general");
		assertThat(GitHubSlugger.slug("`_future_` module")).isEqualTo("_future_-module");
		assertThat(GitHubSlugger.slug("@property(getter, setter, deleter)")).isEqualTo("propertygetter-setter-deleter");
		assertThat(GitHubSlugger.slug("Что такое последовательность")).isEqualTo("что-такое-последовательность");
	}

	private static List<String> titles(ParsedGuide guide) {
		return Guides.questions(guide).map(ParsedQuestion::title).toList();
	}

}
