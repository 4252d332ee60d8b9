package com.interviewbank.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes heading anchors the way GitHub does: lower case, punctuation but {@code -} and {@code _}
 * dropped, each space a {@code -}; a repeated anchor gets {@code -1}, {@code -2}, ... in document
 * order. One instance per document, since the suffixes depend on what came before.
 */
final class GitHubSlugger {

	private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

	private final Map<String, Integer> seen = new HashMap<>();

	/** The anchor GitHub gives this heading text, ignoring what came before. */
	static String slug(String text) {
		return DROPPED.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
	}

	/** The next unique anchor for this heading text. */
	String next(String text) {
		String base = slug(text);
		String candidate = base;
		Integer count = this.seen.get(base);
		if (count != null) {
			int n = count;
			do {
				candidate = base + "-" + n;
				n++;
			}
			while (this.seen.containsKey(candidate));
			this.seen.put(base, n);
		}
		else {
			this.seen.put(base, 1);
		}
		this.seen.putIfAbsent(candidate, 1);
		return candidate;
	}

	/** Whether the text could be an anchor GitHub made: letters, digits, marks, - and _ only. */
	static boolean isAnchor(String text) {
		return !text.isEmpty() && !DROPPED.matcher(text).find() && text.indexOf(' ') < 0;
	}

}
