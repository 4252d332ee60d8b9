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
 * @param metadata its tags and difficulty
 */
public record ParsedQuestion(String slug, String title, String titleHtml, QuestionKind kind, String answerMarkdown,
		String answerHtml, String answerHash, List<Subsection> subsections, List<String> anchors, int firstLine,
		QuestionMetadata metadata) {

	public ParsedQuestion {
		subsections = List.copyOf(subsections);
		anchors = List.copyOf(anchors);
		metadata = metadata != null ? metadata : QuestionMetadata.NONE;
	}

	/** A question whose metadata {@link MetadataReader} gives later. */
	public ParsedQuestion(String slug, String title, String titleHtml, QuestionKind kind, String answerMarkdown,
			String answerHtml, String answerHash, List<Subsection> subsections, List<String> anchors, int firstLine) {
		this(slug, title, titleHtml, kind, answerMarkdown, answerHtml, answerHash, subsections, anchors, firstLine,
				QuestionMetadata.NONE);
	}

	ParsedQuestion withMetadata(QuestionMetadata given) {
		return new ParsedQuestion(this.slug, this.title, this.titleHtml, this.kind, this.answerMarkdown,
				this.answerHtml, this.answerHash, this.subsections, this.anchors, this.firstLine, given);
	}

}
