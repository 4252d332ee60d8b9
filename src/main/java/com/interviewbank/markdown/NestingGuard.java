package com.interviewbank.markdown;

/**
 * Refuses a guide nested deeper than the limit before flexmark sees it: flexmark recurses once
 * per level of lists, quotes and emphasis and overflows its stack on a few hundred levels. It also
 * refuses a paragraph with so many inline elements that flexmark, whose inline parsing is
 * quadratic in them, would take minutes.
 *
 * <p>
 * The measure over-counts rather than under-counts, and reads code blocks like any other text:
 * telling a fence from a line that only looks like one takes a parser, and guessing wrong would let
 * a deep structure through. Container depth is the indentation plus the list and quote markers
 * that open a line; inline depth is the count of emphasis delimiters (CommonMark's flanking rules)
 * and brackets still open within a paragraph.
 */
final class NestingGuard {

	/** Inline elements one paragraph may hold: flexmark takes about a second at this many. */
	static final int MAX_INLINE_ELEMENTS_PER_PARAGRAPH = 4_000;

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private final int maxDepth;

	NestingGuard(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	void check(String text) {
		int inlineDepth = 0;
		int inlineElements = 0;
		int lineNumber = 0;
		for (String line : text.split("\n", -1)) {
			lineNumber++;
			if (line.isBlank()) {
				inlineDepth = 0;
				inlineElements = 0;
				continue;
			}
			InlineScan inline = scanInline(line, inlineDepth);
			inlineDepth = inline.openAtEnd();
			inlineElements += inline.elements();
			if (containerDepth(line) > this.maxDepth || inline.deepest() > this.maxDepth) {
				throw new RejectedGuideException(RejectionReason.TOO_DEEPLY_NESTED,
						"Line %d nests lists, quotes or emphasis more than %d levels deep; flatten it and try again."
							.formatted(lineNumber, this.maxDepth));
			}
			if (inlineElements > MAX_INLINE_ELEMENTS_PER_PARAGRAPH) {
				throw new RejectedGuideException(RejectionReason.TOO_DEEPLY_NESTED,
						"The paragraph ending at line %d holds more than %d links, code spans, tags or emphasis marks; split it into shorter paragraphs."
							.formatted(lineNumber, MAX_INLINE_ELEMENTS_PER_PARAGRAPH));
			}
		}
	}

	private static int containerDepth(String line) {
		int depth = 0;
		int i = 0;
		int spaces = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == ' ') {
				spaces++;
				i++;
			}
			else if (c == '\t') {
				spaces += 4;
				i++;
			}
			else if (c == '>') {
				depth++;
				i++;
			}
			else if ((c == '-' || c == '+' || c == '*') && isBlankAt(line, i + 1)) {
				depth++;
				i++;
			}
			else if (Character.isDigit(c)) {
				int end = i;
				while (end < line.length() && end - i < 10 && Character.isDigit(line.charAt(end))) {
					end++;
				}
				if (end < line.length() && (line.charAt(end) == '.' || line.charAt(end) == ')')
						&& isBlankAt(line, end + 1)) {
					depth++;
					i = end + 1;
				}
				else {
					break;
				}
			}
			else {
				break;
			}
		}
		return depth + spaces / 2;
	}

	private static boolean isBlankAt(String line, int index) {
		return index >= line.length() || line.charAt(index) == ' ' || line.charAt(index) == '\t';
	}

	private record InlineScan(int openAtEnd, int deepest, int elements) {
	}

	/** Delimiters and brackets open within this line, given those open before it. */
	private static InlineScan scanInline(String line, int openBefore) {
		int depth = openBefore;
		int deepest = depth;
		int elements = 0;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				depth++;
				elements++;
			}
			else if (c == ']') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == '<' || c == '`' || c == '&') {
				elements++;
			}
			else if (c == '*' || c == '_' || c == '~') {
				int end = i;
				while (end < line.length() && line.charAt(end) == c) {
					end++;
				}
				int run = end - i;
				char before = i > 0 ? line.charAt(i - 1) : ' ';
				char after = end < line.length() ? line.charAt(end) : ' ';
				boolean opens = leftFlanking(before, after);
				boolean closes = leftFlanking(after, before);
				if (opens && !closes) {
					depth += run;
					elements++;
				}
				else if (closes && !opens) {
					depth = Math.max(0, depth - run);
				}
				else if (opens) {
					elements++;
				}
				i = end;
				deepest = Math.max(deepest, depth);
				continue;
			}
			deepest = Math.max(deepest, depth);
			i++;
		}
		return new InlineScan(depth, deepest, elements);
	}

	/**
	 * CommonMark's left-flanking delimiter run, given the characters on either side; with the sides
	 * swapped, right-flanking.
	 */
	private static boolean leftFlanking(char before, char after) {
		if (Character.isWhitespace(after)) {
			return false;
		}
		return !isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before);
	}

	private static boolean isPunctuation(char c) {
		return PUNCTUATION.indexOf(c) >= 0 || Character.getType(c) == Character.OTHER_PUNCTUATION
				|| Character.getType(c) == Character.START_PUNCTUATION || Character.getType(c) == Character.END_PUNCTUATION;
	}

}
