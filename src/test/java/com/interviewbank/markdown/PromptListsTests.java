package com.interviewbank.markdown;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists whose items are questions become answerless prompts, placed after the section listing them;
 * lists of facts and of skills do not.
 */
class PromptListsTests {

	@Test
	void shouldTurnTheSeedsCommonQuestionsIntoPromptsWithoutChangingItsQuestions() {
		ParsedGuide seed = Guides.seed();
		assertThat(seed.questionCount()).isEqualTo(143);
		// 74 bullets under "# Common Questions" (lines 2674-2774 of the seed); nowhere else.
		assertThat(seed.topics()).filteredOn(topic -> !topic.prompts().isEmpty())
			.extracting(ParsedTopic::slug)
			.containsExactly("common-questions");
		ParsedTopic common = seed.topics().stream().filter(t -> t.slug().equals("common-questions")).findFirst().orElseThrow();
		assertThat(common.prompts()).hasSize(74);
		assertThat(common.prompts()).allSatisfy(prompt -> {
			assertThat(prompt.kind()).isEqualTo(QuestionKind.PROMPT);
			assertThat(prompt.answerMarkdown()).isEmpty();
			assertThat(prompt.slug()).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
		});
		// Each section's prompts come right after it: "Delegating Questions" lists one.
		List<String> order = common.items().stream().map(ParsedQuestion::slug).toList();
		int delegating = order.indexOf("delegating-questions");
		assertThat(order.get(delegating + 1)).isEqualTo("please-describe-how-to-delegate-tasks-and-evaluate-the-result");
		assertThat(common.items().get(delegating + 2).kind()).isEqualTo(QuestionKind.QUESTION);
	}

	@Test
	void shouldGiveEveryPromptASlugNoHeadingOrOtherPromptHas() {
		ParsedGuide seed = Guides.seed();
		Set<String> slugs = new HashSet<>();
		seed.topics().forEach(topic -> {
			assertThat(slugs.add(topic.slug())).isTrue();
			topic.items().forEach(item -> assertThat(slugs.add(item.slug())).as(item.slug()).isTrue());
		});
		// The same prompt is listed twice in the seed: the second gets GitHub's suffix.
		assertThat(slugs).contains("imagine-that-you-have-very-huge-task-and-short-deadline-what-will-be-your",
				"imagine-that-you-have-very-huge-task-and-short-deadline-what-will-be-your-1");
	}

	@Test
	void shouldMakeEveryBulletOfH5bpAPromptKeepingCodeWithItsItem() {
		ParsedGuide h5bp = Guides.corpus(Guides.H5BP);
		List<ParsedQuestion> prompts = h5bp.topics().stream().flatMap(t -> t.prompts().stream()).toList();
		// 49 top-level bullets, 8 nested ones (the corpora README), 4 of them under "Coding questions".
		assertThat(prompts).hasSize(57);
		assertThat(prompts.get(0).title()).isEqualTo("Explain event delegation.");
		assertThat(prompts.get(2).title()).startsWith("Can you give an example of one of the ways that working with this");
		ParsedQuestion makeThisWork = prompts.stream().filter(p -> p.title().equals("Make this work:")).findFirst().orElseThrow();
		assertThat(makeThisWork.answerMarkdown()).contains("duplicate([1,2,3,4,5]);");
		assertThat(makeThisWork.answerHtml()).contains("<pre><code class=\"language-javascript\">");
		assertThat(prompts.get(prompts.size() - 1).title()).isEqualTo("Write an immediately invoked function expression (IIFE)");
	}

	@Test
	void shouldKeepCodeSpansInThePromptTitle() {
		ParsedGuide guide = Guides.markdown("# Guide\n\n## Questions to ask\n\n- What does `__slots__` do?\n- Why *not* use `eval`?\n");
		List<ParsedQuestion> prompts = guide.topics().get(0).prompts();
		assertThat(prompts).extracting(ParsedQuestion::title).containsExactly("What does __slots__ do?", "Why not use eval?");
		assertThat(prompts.get(0).titleHtml()).isEqualTo("What does <code>__slots__</code> do?");
		assertThat(prompts.get(1).titleHtml()).isEqualTo("Why <em>not</em> use <code>eval</code>?");
	}

	@Test
	void shouldNotTurnAListOfFactsOrSkillsIntoPrompts() {
		ParsedGuide guide = Guides.markdown("""
				# Guide

				## What does the GIL protect?

				- Reference counts of objects.
				- The interpreter's internal state.
				- Is released during blocking I/O?

				## Skills of a lead

				- Has experience with delivery pipelines
				- Is able to organise teamwork

				## What happens on import?

				The module is executed once:

				- What is cached?
				- Where does it live?
				""");
		assertThat(guide.topics().get(0).prompts()).isEmpty();
		assertThat(guide.questionCount()).isEqualTo(3);
	}

	@Test
	void shouldReadAListItemWithNestedTextAsAQuestionAndOneWithoutAsAPrompt() {
		ParsedGuide guide = Guides.markdown("""
				# Guide

				## Questions

				- What is a closure?

				  A function with its environment.
				- Why use one?
				""");
		ParsedTopic topic = guide.topics().get(0);
		assertThat(topic.title()).isEqualTo("Questions");
		assertThat(topic.questions()).singleElement().satisfies(question -> {
			assertThat(question.title()).isEqualTo("What is a closure?");
			assertThat(question.answerMarkdown()).isEqualTo("A function with its environment.");
		});
		assertThat(topic.prompts()).extracting(ParsedQuestion::title).containsExactly("Why use one?");
	}

	@Test
	void shouldReadQuestionsAndRequestsAsQuestions() {
		assertThat(PromptLists.readsAsQuestion("Feature without requirements - how?")).isTrue();
		assertThat(PromptLists.readsAsQuestion("Please describe SCRUM disadvantages")).isTrue();
		assertThat(PromptLists.readsAsQuestion("Explain \"hoisting\".")).isTrue();
		assertThat(PromptLists.readsAsQuestion("Что такое GIL?")).isTrue();
		assertThat(PromptLists.readsAsQuestion("Has followers")).isFalse();
		assertThat(PromptLists.readsAsQuestion("Reference counts of objects.")).isFalse();
	}

}
