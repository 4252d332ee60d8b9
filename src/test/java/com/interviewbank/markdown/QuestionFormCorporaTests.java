package com.interviewbank.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real guides whose questions are not headings, read as their readers expect (test resources
 * corpora/LICENSES.md); that no line of them is lost, {@link NothingLostTests} proves.
 */
// CPU-bound and sharing nothing: beside the other classes, on the other core (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the other core")
class QuestionFormCorporaTests {

	@Test
	void shouldReadTrimstraysDetailsBlocksAsQuestionsGroupedByItsLevelHeadings() {
		ParsedGuide guide = Guides.corpus(Guides.TRIMSTRAY);
		assertThat(guide.outline()).isEqualTo(new Outline(2, 0, QuestionForm.DETAILS));
		assertThat(guide.topics()).hasSize(15);
		assertThat(guide.questionCount()).isEqualTo(271);
		assertThat(guide.topics()).extracting(ParsedTopic::title)
			.contains("System Questions (37)", "Network Questions (24)", "Cyber Security Questions (5)")
			.doesNotContain("Introduction", "General Knowledge", "Table of Contents");
		ParsedTopic system = guide.topics().get(2);
		assertThat(system.questions()).hasSize(37);
		ParsedQuestion first = system.questions().get(0);
		assertThat(first.title()).isEqualTo("Give some examples of Linux distribution. What is your favorite distro and why?");
		assertThat(first.answerMarkdown()).startsWith("- Red Hat Enterprise Linux").doesNotContain("<summary>", "</details>");
		assertThat(Guides.questions(guide).map(ParsedQuestion::title))
			.contains("Tell me about your experience with the production environments? ***")
			.noneMatch(title -> title.contains("<b>"));
		// The grouping headings with nothing of their own open the intro of the topic after them.
		assertThat(system.introMarkdown()).contains("General Knowledge").contains("Junior Sysadmin");
		ParsedTopic simple = guide.topics().get(1);
		assertThat(simple.prompts()).hasSize(14).first().extracting(ParsedQuestion::title).isEqualTo("What did you learn this week?");
		assertThat(guide.warnings()).anySatisfy(warning -> assertThat(warning.message())
			.contains("read as topics").contains("<details> blocks").contains("admin page"));
	}

	@Test
	void shouldReadEachThirtySecondsFileAsOneQuestionWithItsAnswerParts() {
		for (String name : List.of(Guides.THIRTY_SECONDS_ARIA, Guides.THIRTY_SECONDS_VAR)) {
			ParsedGuide guide = Guides.corpus(name);
			assertThat(guide.outline()).as(name).isEqualTo(new Outline(0, 3, QuestionForm.FILE));
			assertThat(guide.topics()).as(name).hasSize(1);
			ParsedQuestion question = guide.topics().get(0).questions().get(0);
			assertThat(guide.questionCount()).as(name).isOne();
			assertThat(guide.title()).isEqualTo(question.title());
			assertThat(question.subsections()).extracting(Subsection::title)
				.contains("Answer", "Good to hear", "Additional links");
			assertThat(question.answerMarkdown()).contains("<!-- tags:");
		}
		ParsedQuestion aria = Guides.corpus(Guides.THIRTY_SECONDS_ARIA).topics().get(0).questions().get(0);
		assertThat(aria.title()).isEqualTo("What is ARIA and when should you use it?");
		ParsedQuestion var = Guides.corpus(Guides.THIRTY_SECONDS_VAR).topics().get(0).questions().get(0);
		assertThat(var.subsections()).extracting(Subsection::title).contains("var", "let", "const", "No keyword");
	}

	@Test
	void shouldReadH5bpsQuestionParagraphsWithCodeAsPrompts() {
		ParsedGuide guide = Guides.corpus(Guides.H5BP_CODING);
		assertThat(guide.title()).isEqualTo("Coding Questions");
		assertThat(guide.outline()).isEqualTo(new Outline(0, 0, QuestionForm.QA));
		ParsedTopic topic = guide.topics().get(0);
		assertThat(topic.questions()).isEmpty();
		assertThat(topic.prompts()).hasSize(12);
		ParsedQuestion first = topic.prompts().get(0);
		assertThat(first.title()).isEqualTo("What is the value of foo?");
		assertThat(first.answerMarkdown()).contains("var foo = 10 + '20';");
	}

	@Test
	void shouldKeepH5bpsGeneralBulletsAsTextWithPrompts() {
		ParsedGuide guide = Guides.corpus(Guides.H5BP_GENERAL);
		assertThat(guide.title()).isEqualTo("General Questions");
		assertThat(guide.topics()).hasSize(1);
		assertThat(guide.questionCount()).isZero();
		assertThat(guide.topics().get(0).prompts()).hasSize(32)
			.extracting(ParsedQuestion::title)
			.startsWith("What did you learn yesterday/this week?");
		assertThat(guide.topics().get(0).introMarkdown()).contains("What did you learn yesterday/this week?");
	}

	@Test
	void shouldReadTyrrrzsBoldQuestionParagraphsWithTheirAnswers() {
		ParsedGuide async = Guides.corpus(Guides.TYRRRZ_ASYNC);
		assertThat(async.title()).isEqualTo("Async await");
		assertThat(async.outline()).isEqualTo(new Outline(0, 0, QuestionForm.QA));
		List<ParsedQuestion> questions = async.topics().get(0).questions();
		assertThat(questions).hasSize(12);
		assertThat(questions.get(0).title()).isEqualTo("What is the purpose of async/await keywords?");
		assertThat(questions.get(0).titleHtml()).contains("<code>async</code>");
		assertThat(questions.get(0).answerMarkdown()).startsWith("These keywords allow writing asynchronous");
		assertThat(questions.get(2).answerMarkdown()).contains("public async Task DoAsync()");
		ParsedGuide isolation = Guides.corpus(Guides.TYRRRZ_ISOLATION);
		assertThat(isolation.topics().get(0).questions()).extracting(ParsedQuestion::title)
			.containsExactly("What is transaction isolation level in SQL?", "What isolation levels are available?");
	}

}
