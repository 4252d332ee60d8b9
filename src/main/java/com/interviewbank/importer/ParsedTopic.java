package com.interviewbank.importer;

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
 * @param questions its questions in document order
 */
public record ParsedTopic(String slug, String title, String introMarkdown, String introHtml, List<String> anchors,
		List<ParsedQuestion> questions) {

	public ParsedTopic {
		anchors = List.copyOf(anchors);
		questions = List.copyOf(questions);
	}

}
