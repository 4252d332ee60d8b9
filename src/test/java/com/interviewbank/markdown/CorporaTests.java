package com.interviewbank.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real guides by other authors read as their readers expect (test resources corpora/README).
 */
// CPU-bound and sharing nothing: beside the other classes, on the other core (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the other core")
class CorporaTests {

	@Test
	void shouldReadYakimkasRussianGuideByItsH1AreasAndH2Questions() {
		ParsedGuide guide = Guides.corpus(Guides.YAKIMKA);
		assertThat(guide.title()).isEqualTo("Python");
		assertThat(guide.language()).isEqualTo("ru");
		assertThat(guide.outline()).isEqualTo(new Outline(1, 2));
		assertThat(guide.topics()).hasSize(14);
		assertThat(guide.questionCount()).isEqualTo(104);
		List<Subsection> subsections = Guides.questions(guide).flatMap(q -> q.subsections().stream()).toList();
		assertThat(subsections.stream().filter(s -> s.level() == 3)).hasSize(148);
		assertThat(subsections.stream().filter(s -> s.level() == 4)).hasSize(33);
		assertThat(guide.topics().get(0).questions().get(0).slug()).isEqualTo("последовательности");
		assertThat(subsections).extracting(Subsection::anchor).contains("что-такое-последовательность");
		assertThat(Guides.questions(guide).map(ParsedQuestion::title)).doesNotContain("Создаем исходный список");
		assertThat(Guides.questions(guide).filter(q -> q.answerMarkdown().contains("# Создаем исходный список")))
			.hasSize(1);
	}

	@Test
	void shouldWarnOfYakimkasRelativeImagesAndShowTheirAltText() {
		ParsedGuide guide = Guides.corpus(Guides.YAKIMKA);
		assertThat(guide.warnings()).hasSize(2)
			.allSatisfy(warning -> assertThat(warning.message()).contains("has no file"));
		String html = Guides.questions(guide)
			.filter(q -> q.answerHtml().contains("missing-image"))
			.findFirst()
			.orElseThrow()
			.answerHtml();
		assertThat(html).contains("<span class=\"missing-image\">").doesNotContain("<img src=\"img/");
	}

	@Test
	void shouldReadLydiaHalliesSixthLevelQuestionsWithAnswersInDetails() {
		ParsedGuide guide = Guides.corpus(Guides.LYDIAHALLIE);
		assertThat(guide.title()).isEqualTo("JavaScript Questions");
		assertThat(guide.topics()).hasSize(1);
		assertThat(guide.outline()).isEqualTo(new Outline(0, 6));
		List<ParsedQuestion> questions = guide.topics().get(0).questions();
		assertThat(questions).hasSize(155);
		assertThat(questions.get(0).title()).isEqualTo("1. What's the output?");
		assertThat(questions.get(154).title()).startsWith("155. ");
		assertThat(questions).allSatisfy(q -> {
			assertThat(q.answerMarkdown()).containsPattern("#### Answer: [A-D]");
			assertThat(q.subsections()).isEmpty();
		});
		assertThat(questions).extracting(ParsedQuestion::slug).doesNotHaveDuplicates();
		assertThat(questions.get(0).anchors()).containsExactly("answer-d");
		assertThat(questions.get(0).answerHtml()).contains("<h3 id=\"answer-d\">Answer: D<a class=\"heading-link\" href=\"#answer-d\" aria-label=\"Link to this section\">#</a></h3>");
	}

	@Test
	void shouldKeepH5bpsBulletsAsTheTextOfTheirTopicsWithItsCodingHeadingAsATopic() {
		ParsedGuide guide = Guides.corpus(Guides.H5BP);
		assertThat(guide.title()).isEqualTo("JavaScript Questions");
		// "## Coding questions" only groups the bullets under it: a topic, not a question.
		assertThat(guide.outline()).isEqualTo(new Outline(2, 0, QuestionForm.LIST));
		assertThat(guide.topics()).extracting(ParsedTopic::title)
			.containsExactly("JavaScript Questions", "Coding questions");
		assertThat(guide.questionCount()).isZero();
		assertThat(guide.topics().get(0).prompts()).hasSize(53);
		assertThat(guide.topics().get(1).prompts()).extracting(ParsedQuestion::title)
			.startsWith("Make this work:")
			.endsWith("Write an immediately invoked function expression (IIFE)");
		ParsedTopic topic = guide.topics().get(0);
		assertThat(topic.introMarkdown()).startsWith("* Explain event delegation.")
			.contains("  * Can you give an example of one of the ways");
		assertThat(topic.introHtml()).contains("<li>Explain event delegation.</li>");
		assertThat(guide.lineRoles().subList(0, 5)).containsOnly(LineRole.FRONT_MATTER);
	}

	@Test
	void shouldFindReactQuestionsInsideTheNumberedListAndSkipTheTableOfContents() {
		ParsedGuide guide = Guides.corpus(Guides.REACTJS);
		assertThat(guide.title()).isEqualTo("React Interview Questions & Answers");
		assertThat(guide.outline()).isEqualTo(new Outline(2, 3));
		assertThat(guide.topics()).extracting(ParsedTopic::title)
			.containsExactly("Core React", "React Router", "React Internationalization", "React Testing",
					"React Redux", "React Native", "React supported libraries & Integration", "Miscellaneous",
					"Modern React Features (React 18/19)", "Old Q&A", "Disclaimer");
		assertThat(guide.questionCount()).isBetween(405, 425);
		assertThat(Guides.questions(guide).map(ParsedQuestion::title)).doesNotContain("Table of Contents")
			.contains("What is React?", "What is JSX?");
		ParsedQuestion first = guide.topics().get(0).questions().get(0);
		assertThat(first.answerMarkdown()).startsWith("React (aka React.js or ReactJS) is an");
		assertThat(guide.tableOfContentsAnchors()).hasSizeGreaterThan(400);
		assertThat(guide.lineRoles().get(41)).isEqualTo(LineRole.TABLE_OF_CONTENTS);
	}

	@Test
	void shouldResolveReactsTableOfContentsLinksToItsQuestions() {
		ParsedGuide guide = Guides.corpus(Guides.REACTJS);
		assertThat(Guides.questions(guide).map(ParsedQuestion::slug)).doesNotHaveDuplicates();
		java.util.Set<String> anchors = SeedGuideTests.allAnchors(guide);
		List<String> broken = guide.tableOfContentsAnchors().stream().filter(a -> !anchors.contains(a)).toList();
		// The guide's own table of contents has a few links that match no heading on GitHub either.
		assertThat(broken).hasSizeLessThan(guide.tableOfContentsAnchors().size() / 20)
			.contains("How-do-you-update-nested-objects-inside-state");
	}

}
