package com.interviewbank.markdown;

/**
 * A Markdown heading of the guide, where it stands and what it may be.
 *
 * @param level 1 to 6
 * @param firstLine 0-based line of its first source line
 * @param lastLine 0-based line of its last source line (a setext heading has two)
 * @param text the heading as plain text
 * @param inlineMarkdown the heading's own Markdown, for its HTML title
 * @param column the column its text starts in (past any list marker), to dedent what follows
 * @param anchor its GitHub anchor, unique in the guide
 * @param content true if it sits inside a {@code <details>} block, a quote, or further down a list
 * item than its first line: then it belongs to the answer around it and never starts a topic or a
 * question
 */
record SourceHeading(int level, int firstLine, int lastLine, String text, String inlineMarkdown, int column,
		String anchor, boolean content) {
}
