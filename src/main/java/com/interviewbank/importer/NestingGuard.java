package com.interviewbank.importer;

/**
 * Refuses a guide nested deeper than the limit before flexmark sees it: flexmark recurses once
 * per level of lists, quotes and emphasis and overflows its stack on a few hundred levels.
 *
 * <p>
 * The measure is deliberately generous to the guide (it over-counts rather than under-counts):
 * container depth is the indentation plus the list and quote markers that open a line; inline
 * depth is the count of emphasis delimiters and brackets still open within a paragraph.
 */
final class NestingGuard {

	private final int maxDepth;

	NestingGuard(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	void check(String text) {
		String fence = null;
		int inlineDepth = 0;
		int lineNumber = 0;
		for (String line : text.split("\n", -1)) {
			lineNumber++;
			String trimmed = line.stripLeading();
			if (fence != null) {
				if (trimmed.startsWith(fence)) {
					fence = null;
				}
				continue;
			}
			if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
				fence = trimmed.substring(0, 3);
				continue;
			}
			if (trimmed.isEmpty()) {
				inlineDepth = 0;
				continue;
			}
			InlineScan inline = scanInline(line, inlineDepth);
			inlineDepth = inline.openAtEnd();
			if (containerDepth(line) > this.maxDepth || inline.deepest() > this.maxDepth) {
				throw new GuideImportException(ImportProblem.TOO_DEEPLY_NESTED,
						"Line %d nests lists, quotes or emphasis more than %d levels deep; flatten it and try again."
							.formatted(lineNumber, this.maxDepth));
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

	private record InlineScan(int openAtEnd, int deepest) {
	}

	/** Emphasis delimiters and brackets open within this line, given those open before it. */
	private static InlineScan scanInline(String line, int openBefore) {
		int depth = openBefore;
		int max = depth;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '`') {
				i = skipCodeSpan(line, i);
				continue;
			}
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				depth++;
			}
			else if (c == ']') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == '*' || c == '_') {
				int end = i;
				while (end < line.length() && line.charAt(end) == c) {
					end++;
				}
				int run = end - i;
				boolean opens = end < line.length() && !Character.isWhitespace(line.charAt(end));
				boolean closes = i > 0 && !Character.isWhitespace(line.charAt(i - 1));
				if (opens && !closes) {
					depth += run;
				}
				else if (closes && !opens) {
					depth = Math.max(0, depth - run);
				}
				i = end;
				max = Math.max(max, depth);
				continue;
			}
			max = Math.max(max, depth);
			i++;
		}
		return new InlineScan(depth, max);
	}

	private static int skipCodeSpan(String line, int start) {
		int end = start;
		while (end < line.length() && line.charAt(end) == '`') {
			end++;
		}
		String ticks = line.substring(start, end);
		int close = line.indexOf(ticks, end);
		return close < 0 ? end : close + ticks.length();
	}

}
