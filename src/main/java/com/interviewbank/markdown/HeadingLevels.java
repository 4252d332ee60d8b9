package com.interviewbank.markdown;

/**
 * Where a section's headings go on the page: a page has one {@code <h1>} (the topic or the
 * question) and headings in order below it, so a section's Markdown levels are shifted and
 * clamped. The Markdown level itself is kept in the data ({@link Subsection#level()}).
 *
 * @param shift added to a Markdown level
 * @param shallowest the shallowest HTML level a heading of the section may have
 */
record HeadingLevels(int shift, int shallowest) {

	/** An answer: shown under its question's {@code <h2>} on a topic page. */
	static HeadingLevels answer(Outline outline) {
		return new HeadingLevels(2 - outline.questionLevel(), 3);
	}

	/** A topic's intro: shown under the topic's {@code <h1>}. */
	static HeadingLevels intro(Outline outline) {
		return new HeadingLevels(outline.topicLevel() > 0 ? 1 - outline.topicLevel() : 0, 2);
	}

	int htmlLevel(int markdownLevel) {
		return Math.max(this.shallowest, Math.min(6, markdownLevel + this.shift));
	}

}
