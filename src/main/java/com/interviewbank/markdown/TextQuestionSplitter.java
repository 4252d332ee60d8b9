package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the questions a topic writes in its text (docs/ARCHITECTURE.md, "Outline rules"): the form
 * is chosen per topic, from what the topic holds, and each question's answer is what follows it up
 * to the next question of that form. Also tells when headings only group such questions.
 */
final class TextQuestionSplitter {

	/** Order of preference when two forms find as many questions. */
	private static final List<QuestionForm> PREFERENCE = List.of(QuestionForm.DETAILS, QuestionForm.QA,
			QuestionForm.BOLD, QuestionForm.LIST);

	/** The level a list item's title is given, to tell it from other titles written in the text. */
	private static final int LIST_ITEM = -1;

	private final LineIndex lines;

	private final List<TextQuestions.Found> found;

	private final Predicate<String> wholePromptList;

	/**
	 * @param found every question written in the guide's text
	 * @param wholePromptList whether a section's Markdown is nothing but a list of questions, which
	 * stays text and yields prompts (as it always has)
	 */
	TextQuestionSplitter(LineIndex lines, List<TextQuestions.Found> found, Predicate<String> wholePromptList) {
		this.lines = lines;
		this.found = found;
		this.wholePromptList = wholePromptList;
	}

	/**
	 * The form of the questions the heading questions hold, when most of them hold some, half again as
	 * many as there are headings, and so only group them; else null.
	 */
	QuestionForm groupedForm(Sections sections) {
		int headingQuestions = 0;
		int holding = 0;
		Map<QuestionForm, Integer> forms = new EnumMap<>(QuestionForm.class);
		for (Sections.TopicSection topic : sections.topics) {
			for (Sections.QuestionSection question : topic.questions) {
				headingQuestions++;
				Map<QuestionForm, List<TextQuestions.Found>> held = byForm(question.answerLines, null);
				QuestionForm best = best(held);
				if (best != null) {
					holding++;
					forms.merge(best, held.get(best).size(), Integer::sum);
				}
			}
		}
		int held = forms.values().stream().mapToInt(Integer::intValue).sum();
		return holding * 2 > headingQuestions && held * 2 >= headingQuestions * 3 ? mostFound(forms) : null;
	}

	/**
	 * Splits each topic that has no heading questions by the form of the questions its intro holds.
	 * @param preferred the guide's form, taken by a topic that holds questions of that form, or null
	 * @param taken anchors and slugs in use; the questions' slugs are added
	 * @return the form each topic was read with, for topics that hold questions in their text
	 */
	Map<Sections.TopicSection, QuestionForm> split(Sections sections, QuestionForm preferred, Set<String> taken) {
		Map<Sections.TopicSection, QuestionForm> chosen = new LinkedHashMap<>();
		for (Sections.TopicSection topic : sections.topics) {
			if (!topic.questions.isEmpty()) {
				continue;
			}
			boolean promptList = this.wholePromptList
				.test(SectionRenderer.markdownOf(this.lines, topic.introLines, 0));
			Map<QuestionForm, List<TextQuestions.Found>> held = byForm(topic.introLines,
					promptList ? QuestionForm.LIST : null);
			QuestionForm form = preferred != null && held.containsKey(preferred) ? preferred : best(held);
			List<TextQuestions.Found> questions = form == null ? List.of() : held.getOrDefault(form, List.of());
			if (!questions.isEmpty()) {
				cut(topic, questions, sections.roles, taken);
				chosen.put(topic, form);
			}
		}
		return chosen;
	}

	/**
	 * Text before the first heading that holds more than blank lines is a topic of its own, titled by
	 * the guide: the first heading groups only what follows it.
	 */
	static void separatePreamble(Sections sections, LineIndex lines) {
		Sections.TopicSection first = sections.topics.get(0);
		if (first.heading == null) {
			return;
		}
		List<Integer> before = first.introLines.stream().filter(line -> line < first.heading.firstLine()).toList();
		if (before.stream().anyMatch(line -> !lines.line(line).isBlank())) {
			Sections.TopicSection preamble = new Sections.TopicSection(null);
			preamble.introLines.addAll(before);
			first.introLines.removeAll(before);
			sections.topics.add(0, preamble);
		}
	}

	/** Headings that only group (nothing of their own) go to the intro of the topic that follows them. */
	static void foldEmptyGroups(Sections sections, LineIndex lines) {
		List<Sections.TopicSection> topics = sections.topics;
		for (int i = topics.size() - 2; i >= 0; i--) {
			Sections.TopicSection group = topics.get(i);
			boolean empty = group.heading != null && group.questions.isEmpty()
					&& group.introLines.stream().allMatch(line -> lines.line(line).isBlank());
			if (empty) {
				List<Integer> moved = new ArrayList<>();
				for (int line = group.heading.firstLine(); line <= group.heading.lastLine(); line++) {
					moved.add(line);
					sections.roles[line] = LineRole.TOPIC_INTRO;
				}
				moved.addAll(group.introLines);
				topics.get(i + 1).introLines.addAll(0, moved);
				topics.remove(i);
			}
		}
	}

	private void cut(Sections.TopicSection topic, List<TextQuestions.Found> questions, LineRole[] roles,
			Set<String> taken) {
		List<Integer> intro = new ArrayList<>();
		Sections.QuestionSection current = null;
		int next = 0;
		boolean inCode = false;
		Set<Integer> closing = new HashSet<>();
		questions.forEach(question -> closing.add(question.closingLine()));
		for (int line : topic.introLines) {
			if (next < questions.size() && line >= questions.get(next).firstLine()) {
				TextQuestions.Found question = questions.get(next++);
				current = new Sections.QuestionSection(headingOf(question, taken));
				inCode = false;
				current.prompt = question.form() == QuestionForm.LIST || question.form() == QuestionForm.QA;
				topic.questions.add(current);
			}
			if (current == null) {
				intro.add(line);
			}
			else if (line <= current.heading.lastLine() || closing.contains(line)) {
				roles[line] = LineRole.QUESTION_HEADING;
			}
			else {
				current.answerLines.add(line);
				roles[line] = LineRole.ANSWER;
				String text = this.lines.line(line);
				current.prompt &= !answers(current, text, inCode);
				inCode ^= isFence(text);
			}
		}
		topic.introLines.clear();
		topic.introLines.addAll(intro);
	}

	/**
	 * Whether this line of a list item's or a {@code Q:}'s text gives it an answer: anything nested in
	 * an item; for a {@code Q:}, an {@code A:} or prose (code alone is what the question asks about).
	 */
	private static boolean answers(Sections.QuestionSection question, String line, boolean inCode) {
		if (question.heading.level() == LIST_ITEM) {
			return !line.isBlank();
		}
		return TextQuestions.isAnswerLine(line) || !inCode && !isFence(line) && !line.isBlank();
	}

	private static boolean isFence(String line) {
		String text = line.stripLeading();
		return text.startsWith("```") || text.startsWith("~~~");
	}

	private static SourceHeading headingOf(TextQuestions.Found question, Set<String> taken) {
		String slug = GuideAssembly.freeSlug(GuideAssembly.baseSlug(question.title(), "question"), taken);
		return new SourceHeading(question.form() == QuestionForm.LIST ? LIST_ITEM : 0, question.firstLine(), question.lastTitleLine(), question.title(),
				question.inlineMarkdown(), question.column(), slug, false);
	}

	/** The questions whose title lines all lie on these lines, by form; {@code except} left out. */
	private Map<QuestionForm, List<TextQuestions.Found>> byForm(List<Integer> lineNumbers, QuestionForm except) {
		Set<Integer> wanted = new HashSet<>(lineNumbers);
		Map<QuestionForm, List<TextQuestions.Found>> byForm = new EnumMap<>(QuestionForm.class);
		for (TextQuestions.Found question : this.found) {
			if (question.form() != except && wanted.contains(question.firstLine())
					&& wanted.contains(question.lastTitleLine())) {
				byForm.computeIfAbsent(question.form(), form -> new ArrayList<>()).add(question);
			}
		}
		byForm.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(TextQuestions.Found::firstLine)));
		return byForm;
	}

	private static QuestionForm best(Map<QuestionForm, List<TextQuestions.Found>> held) {
		Map<QuestionForm, Integer> counts = new EnumMap<>(QuestionForm.class);
		held.forEach((form, list) -> counts.put(form, list.size()));
		return mostFound(counts);
	}

	private static QuestionForm mostFound(Map<QuestionForm, Integer> counts) {
		QuestionForm best = null;
		for (QuestionForm form : PREFERENCE) {
			int count = counts.getOrDefault(form, 0);
			if (count > 0 && (best == null || count > counts.get(best))) {
				best = form;
			}
		}
		return best;
	}

}
