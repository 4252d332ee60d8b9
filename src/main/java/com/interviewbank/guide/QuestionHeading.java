package com.interviewbank.guide;

import java.util.List;

import com.interviewbank.markdown.QuestionKind;

/**
 * What a link to a question or prompt, or a list of them, shows: read without its answer, so that a
 * list of thousands costs what its titles cost.
 *
 * @param position 1-based document order across the guide, prompts included
 */
public record QuestionHeading(String stableKey, String slug, String title, String titleHtml, QuestionKind kind,
		int position, List<String> tags, Integer difficulty) {
}
