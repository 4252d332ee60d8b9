package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses how a guide is read (docs/ARCHITECTURE.md, "Outline rules"): the topic and question levels
 * and the form of the questions, from what the admin chose, else the previous version's outline
 * while the new text still fits it, else the document. Says in warnings which reading was taken when
 * another was possible, and how to choose.
 */
final class OutlineReader {

	private static final String HOW_TO_CHOOSE = "choose the form and levels under \"Outline\" on the guide's admin page";

	/** A guide cut into sections by an outline. */
	record Reading(Outline outline, Sections sections, Set<String> takenSlugs, List<ParseWarning> warnings) {
	}

	private final LineIndex lines;

	private final List<SourceHeading> structural;

	private final List<SourceHeading> candidates;

	private final int h1Count;

	private final Function<Outline, Sections> splitter;

	private final TextQuestionSplitter textQuestions;

	private final Set<String> anchors;

	/**
	 * @param structural the headings that may start topics or questions, the only H1 included
	 * @param candidates the same without the only H1 (the title)
	 * @param splitter cuts the guide by heading levels, the table of contents left out
	 * @param anchors every heading anchor of the guide
	 */
	OutlineReader(LineIndex lines, List<SourceHeading> structural, List<SourceHeading> candidates, int h1Count,
			Function<Outline, Sections> splitter, TextQuestionSplitter textQuestions, Set<String> anchors) {
		this.lines = lines;
		this.structural = structural;
		this.candidates = candidates;
		this.h1Count = h1Count;
		this.splitter = splitter;
		this.textQuestions = textQuestions;
		this.anchors = anchors;
	}

	/**
	 * @param requested what an admin chose, or {@link Outline#DETECT}
	 * @param previous the outline of the guide's active version, or null
	 */
	Reading read(Outline requested, Outline previous) {
		if (!requested.nothingGiven()) {
			return apply(chosen(requested), new ArrayList<>());
		}
		Reading fresh = detect();
		if (previous == null || previous.form() == null || previous.equals(fresh.outline())) {
			return fresh;
		}
		Reading kept = apply(previous, new ArrayList<>());
		if (fits(kept)) {
			kept.warnings().add(new ParseWarning(1, "Kept the outline of the previous version (" + previous.describe()
					+ "); read afresh, this text would give " + fresh.outline().describe() + ". To change it, "
					+ HOW_TO_CHOOSE + "."));
			return kept;
		}
		fresh.warnings().add(0, new ParseWarning(1, "The outline of the previous version (" + previous.describe()
				+ ") no longer fits this text, so it was read afresh: " + fresh.outline().describe() + ". To choose, "
				+ HOW_TO_CHOOSE + "."));
		return fresh;
	}

	private Reading detect() {
		int fileLevel = SingleQuestionFile.questionLevel(this.structural);
		if (fileLevel > 0) {
			return apply(new Outline(0, fileLevel, QuestionForm.FILE), new ArrayList<>());
		}
		Outline headings = new OutlineDetector().detect(this.candidates, this.h1Count, Outline.DETECT);
		QuestionForm grouped = this.textQuestions.groupedForm(this.splitter.apply(headings));
		if (grouped == null) {
			return apply(headings, new ArrayList<>());
		}
		List<ParseWarning> warnings = new ArrayList<>();
		Outline groups = new Outline(shallowestLevel(), 0, grouped);
		warnings.add(new ParseWarning(1, "Most headings at H" + headings.questionLevel() + " hold several questions written as "
				+ grouped.description() + ", so they were read as topics (" + groups.describe()
				+ ") rather than as questions (" + headings.describe() + "). To read them as questions, "
				+ HOW_TO_CHOOSE + "."));
		return apply(groups, warnings);
	}

	/** The outline an admin's choice gives: the levels not chosen are read from the document. */
	private Outline chosen(Outline requested) {
		QuestionForm form = requested.formGiven() ? requested.form() : QuestionForm.HEADING;
		if (form.inText()) {
			return new Outline(requested.topicLevelGiven() ? requested.topicLevel() : shallowestLevel(), 0, form);
		}
		if (form == QuestionForm.FILE) {
			int level = requested.questionLevelGiven() ? requested.questionLevel()
					: this.structural.isEmpty() ? 0 : this.structural.get(0).level();
			return new Outline(0, level, form);
		}
		Outline levels = new Outline(requested.topicLevel(), requested.questionLevel(), null);
		return new OutlineDetector().detect(this.candidates, this.h1Count, levels);
	}

	private Reading apply(Outline outline, List<ParseWarning> warnings) {
		Sections sections = this.splitter.apply(outline);
		Set<String> taken = new HashSet<>(this.anchors);
		QuestionForm preferred = outline.form() != null && outline.form().inText() ? outline.form() : null;
		if (outline.headingsGroup()) {
			TextQuestionSplitter.separatePreamble(sections, this.lines);
			TextQuestionSplitter.foldEmptyGroups(sections, this.lines);
		}
		Map<Sections.TopicSection, QuestionForm> forms = this.textQuestions.split(sections, preferred, taken);
		Outline read = outline.form() == QuestionForm.HEADING ? outline.withForm(dominant(sections, forms)) : outline;
		String others = forms.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != read.form())
			.map(entry -> title(entry.getKey()) + " as " + entry.getValue().description())
			.collect(Collectors.joining(", "));
		if (!others.isEmpty()) {
			warnings.add(new ParseWarning(1, "The guide is read as " + read.describe() + ", but some topics write their"
					+ " questions in another form and were read so: " + others + ". To choose one form, "
					+ HOW_TO_CHOOSE + "."));
		}
		return new Reading(read, sections, taken, warnings);
	}

	/** Headings, unless more of the questions are written in the text. */
	private static QuestionForm dominant(Sections sections, Map<Sections.TopicSection, QuestionForm> forms) {
		int headingQuestions = 0;
		java.util.Map<QuestionForm, Integer> inText = new java.util.EnumMap<>(QuestionForm.class);
		for (Sections.TopicSection topic : sections.topics) {
			QuestionForm form = forms.get(topic);
			if (form == null) {
				headingQuestions += topic.questions.size();
			}
			else {
				inText.merge(form, topic.questions.size(), Integer::sum);
			}
		}
		QuestionForm best = QuestionForm.HEADING;
		int most = headingQuestions;
		for (Map.Entry<QuestionForm, Integer> entry : inText.entrySet()) {
			if (entry.getValue() > most) {
				best = entry.getKey();
				most = entry.getValue();
			}
		}
		return best;
	}

	/** Whether the text still has what the outline reads: headings at its levels, questions in its form. */
	private boolean fits(Reading reading) {
		Outline outline = reading.outline();
		if (outline.form() == QuestionForm.FILE) {
			return SingleQuestionFile.questionLevel(this.structural) == outline.questionLevel();
		}
		boolean topics = outline.topicLevel() == 0 || hasLevel(outline.topicLevel());
		boolean questions = outline.questionLevel() == 0 || hasLevel(outline.questionLevel());
		long found = reading.sections().topics.stream().mapToLong(topic -> topic.questions.size()).sum();
		return topics && questions && found > 0;
	}

	private boolean hasLevel(int level) {
		return this.structural.stream().anyMatch(heading -> heading.level() == level);
	}

	private int shallowestLevel() {
		return this.candidates.stream().mapToInt(SourceHeading::level).min().orElse(0);
	}

	private static String title(Sections.TopicSection topic) {
		return topic.heading != null ? "“" + topic.heading.text() + "”" : "the first topic";
	}

}
