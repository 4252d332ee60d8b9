package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each anchor besides the headings' (see {@link AnchorTargets}) the topic or question that
 * holds its line, so that a link to it leads to that page; one on the title or the table of
 * contents leads to the guide page. An anchor on a topic's or question's own heading line is
 * placed at the top of its intro or answer, where the page's heading stands.
 */
final class AnchorPlacement {

	private final Sections sections;

	private final Map<Integer, List<String>> byLine = new HashMap<>();

	private final Set<String> guidePage = new HashSet<>();

	AnchorPlacement(Sections sections, List<AnchorTargets.Target> targets) {
		this.sections = sections;
		for (AnchorTargets.Target target : targets) {
			LineRole role = sections.roles[target.line()];
			if (role == LineRole.TITLE || role == LineRole.TABLE_OF_CONTENTS || role == LineRole.FRONT_MATTER) {
				this.guidePage.add(target.anchor());
			}
			else {
				this.byLine.computeIfAbsent(target.line(), line -> new ArrayList<>()).add(target.anchor());
			}
		}
	}

	/** Anchors whose home is the guide page. */
	Set<String> guidePageAnchors() {
		return Set.copyOf(this.guidePage);
	}

	/** The topics, each topic and question holding the anchors that stand on its lines. */
	List<ParsedTopic> place(List<ParsedTopic> topics) {
		if (this.byLine.isEmpty()) {
			return topics;
		}
		List<ParsedTopic> placed = new ArrayList<>(topics.size());
		for (int i = 0; i < topics.size(); i++) {
			placed.add(i < this.sections.topics.size() ? topic(topics.get(i), this.sections.topics.get(i)) : topics.get(i));
		}
		return withLeftovers(placed);
	}

	/**
	 * Anchors on lines no heading-form section claims (between the list items or bold questions of
	 * a topic read in a text form) go to the topic that holds the line: its page shows them all.
	 */
	private List<ParsedTopic> withLeftovers(List<ParsedTopic> topics) {
		Set<String> placed = new HashSet<>();
		topics.forEach(topic -> {
			placed.addAll(topic.anchors());
			topic.items().forEach(item -> placed.addAll(item.anchors()));
		});
		List<ParsedTopic> result = new ArrayList<>(topics);
		this.byLine.forEach((line, anchors) -> {
			List<String> left = anchors.stream().filter(anchor -> !placed.contains(anchor)).toList();
			int home = topicHolding(line, topics);
			if (!left.isEmpty() && home >= 0) {
				ParsedTopic topic = result.get(home);
				result.set(home, new ParsedTopic(topic.slug(), topic.title(), topic.introMarkdown(), topic.introHtml(),
						joined(topic.anchors(), left, List.of()), topic.items()));
			}
		});
		return result;
	}

	private int topicHolding(int line, List<ParsedTopic> topics) {
		int home = -1;
		for (int i = 0; i < topics.size(); i++) {
			if (startOf(i, topics.get(i)) <= line) {
				home = i;
			}
		}
		return home;
	}

	private int startOf(int index, ParsedTopic topic) {
		int start = Integer.MAX_VALUE;
		if (index < this.sections.topics.size()) {
			Sections.TopicSection section = this.sections.topics.get(index);
			if (section.heading != null) {
				start = section.heading.firstLine();
			}
			for (int line : section.introLines) {
				start = Math.min(start, line);
			}
		}
		for (ParsedQuestion item : topic.items()) {
			start = Math.min(start, item.firstLine());
		}
		return start;
	}

	private ParsedTopic topic(ParsedTopic topic, Sections.TopicSection section) {
		List<String> onHeading = section.heading != null ? on(section.heading.firstLine(), section.heading.lastLine()) : List.of();
		List<String> inIntro = on(section.introLines);
		List<ParsedQuestion> items = new ArrayList<>(topic.items());
		int question = 0;
		for (int i = 0; i < items.size() && question < section.questions.size(); i++) {
			if (items.get(i).kind() == QuestionKind.QUESTION) {
				items.set(i, question(items.get(i), section.questions.get(question++)));
			}
		}
		if (onHeading.isEmpty() && inIntro.isEmpty()) {
			return new ParsedTopic(topic.slug(), topic.title(), topic.introMarkdown(), topic.introHtml(), topic.anchors(), items);
		}
		return new ParsedTopic(topic.slug(), topic.title(), topic.introMarkdown(), landing(onHeading) + topic.introHtml(),
				joined(topic.anchors(), onHeading, inIntro), items);
	}

	private ParsedQuestion question(ParsedQuestion question, Sections.QuestionSection section) {
		List<String> onHeading = on(section.heading.firstLine(), section.heading.lastLine());
		List<String> inAnswer = on(section.answerLines);
		if (onHeading.isEmpty() && inAnswer.isEmpty()) {
			return question;
		}
		return new ParsedQuestion(question.slug(), question.title(), question.titleHtml(), question.kind(),
				question.answerMarkdown(), landing(onHeading) + question.answerHtml(), question.answerHash(),
				question.subsections(), joined(question.anchors(), onHeading, inAnswer), question.firstLine());
	}

	private List<String> on(int firstLine, int lastLine) {
		List<String> anchors = new ArrayList<>();
		for (int line = firstLine; line <= lastLine; line++) {
			anchors.addAll(this.byLine.getOrDefault(line, List.of()));
		}
		return anchors;
	}

	private List<String> on(List<Integer> lines) {
		List<String> anchors = new ArrayList<>();
		lines.forEach(line -> anchors.addAll(this.byLine.getOrDefault(line, List.of())));
		return anchors;
	}

	/** Empty elements that hold the anchors of a page's own heading, for the browser to land on. */
	private static String landing(List<String> anchors) {
		StringBuilder html = new StringBuilder();
		anchors.forEach(anchor -> html.append("<span id=\"").append(org.jsoup.nodes.Entities.escape(anchor)).append("\"></span>"));
		return html.toString();
	}

	private static List<String> joined(List<String> anchors, List<String> onHeading, List<String> inside) {
		List<String> all = new ArrayList<>(anchors);
		all.addAll(onHeading);
		all.addAll(inside);
		return all;
	}

}
