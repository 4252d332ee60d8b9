package com.interviewbank.markdown;

import java.util.List;

/**
 * A topic of a parsed guide.
 *
 * @param slug its GitHub anchor (or, for a topic with no heading, a slug of its title), unique
 * in the guide
 * @param title plain text
 * @param introMarkdown the text before its first question, table of contents excluded
 * @param introHtml sanitized HTML of the intro
 * @param anchors every heading anchor inside the intro
 * @param items its questions and the prompts listed in its intro or answers, in document order
 */
public record ParsedTopic(String slug, String title, String introMarkdown, String introHtml, List<String> anchors,
		List<ParsedQuestion> items) {

	public ParsedTopic {
		anchors = List.copyOf(anchors);
		items = List.copyOf(items);
	}

	/** Its questions with answers, in document order. */
	public List<ParsedQuestion> questions() {
		return ofKind(QuestionKind.QUESTION);
	}

	/** Its answerless prompts, in document order. */
	public List<ParsedQuestion> prompts() {
		return ofKind(QuestionKind.PROMPT);
	}

	private List<ParsedQuestion> ofKind(QuestionKind kind) {
		return this.items.stream().filter(item -> item.kind() == kind).toList();
	}

}
