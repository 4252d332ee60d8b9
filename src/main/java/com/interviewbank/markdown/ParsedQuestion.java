package com.interviewbank.markdown;

import java.util.List;

/**
 * A question of a parsed guide.
 *
 * @param slug its GitHub anchor, unique in the guide
 * @param title plain text
 * @param titleHtml sanitized HTML that keeps code spans
 * @param kind a question or a prompt
 * @param answerMarkdown the repaired Markdown of the answer, heading line excluded
 * @param answerHtml sanitized HTML of the answer
 * @param answerHash SHA-256 of the answer Markdown, normalized (see {@link AnswerHash})
 * @param subsections the headings of the answer readers can jump to
 * @param anchors every heading anchor inside the answer, subsections or not
 * @param firstLine 0-based line of its heading
 */
public record ParsedQuestion(String slug, String title, String titleHtml, QuestionKind kind, String answerMarkdown,
		String answerHtml, String answerHash, List<Subsection> subsections, List<String> anchors, int firstLine) {

	public ParsedQuestion {
		subsections = List.copyOf(subsections);
		anchors = List.copyOf(anchors);
	}

}
