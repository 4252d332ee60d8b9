package com.interviewbank.markdown;

import java.util.Map;
import java.util.Set;

/**
 * Decides what a lone {@code â} once was, from the characters around it. Its two lost bytes were
 * 0x80 and one of 0x93–0x9D: an en or em dash, a single or double quotation mark.
 */
final class LostPunctuation {

	private static final char LONE = 'â';

	private static final Set<String> CONTRACTION_ENDINGS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

	private static final String CLOSING_PUNCTUATION = ".,;:!?)]}";

	private static final String OPENING_PUNCTUATION = "([{";

	private LostPunctuation() {
	}

	/** The restored character, or null if its neighbours do not decide it. */
	static String resolve(String line, int index, TextRepairer.QuoteState quotes, Map<RepairKind, Integer> counts) {
		char before = index > 0 ? line.charAt(index - 1) : ' ';
		char after = index + 1 < line.length() ? line.charAt(index + 1) : ' ';
		boolean spaceBefore = Character.isWhitespace(before);
		boolean spaceAfter = Character.isWhitespace(after);
		if (!spaceBefore && Character.isLetter(after) && isContraction(line, index + 1)) {
			return count(counts, RepairKind.APOSTROPHE, "’");
		}
		if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
			return count(counts, RepairKind.DASH, "—");
		}
		if (!spaceBefore && (spaceAfter || CLOSING_PUNCTUATION.indexOf(after) >= 0)) {
			if (quotes.open) {
				quotes.open = false;
				return count(counts, RepairKind.QUOTATION_MARK, "”");
			}
			return Character.isLetter(before) ? count(counts, RepairKind.APOSTROPHE, "’") : null;
		}
		if ((spaceBefore || OPENING_PUNCTUATION.indexOf(before) >= 0) && !spaceAfter) {
			if (closingMarkFollows(line, index + 1)) {
				quotes.open = true;
				return count(counts, RepairKind.QUOTATION_MARK, "“");
			}
			// A word-prefix dash: "--count" typed into a word processor becomes "–count".
			return (spaceBefore && Character.isLetter(after)) ? count(counts, RepairKind.DASH, "–") : null;
		}
		if (spaceBefore && spaceAfter) {
			return count(counts, RepairKind.DASH, "—");
		}
		return null;
	}

	private static boolean isContraction(String line, int from) {
		int end = from;
		while (end < line.length() && Character.isLetter(line.charAt(end))) {
			end++;
		}
		return CONTRACTION_ENDINGS.contains(line.substring(from, end).toLowerCase());
	}

	/** Whether a lone {@code â} later on the line closes a quotation before another opens. */
	private static boolean closingMarkFollows(String line, int from) {
		for (int i = from; i < line.length(); i++) {
			if (!isLone(line, i)) {
				continue;
			}
			char before = line.charAt(i - 1);
			char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
			if (Character.isWhitespace(before)) {
				return false;
			}
			if (Character.isWhitespace(after) || CLOSING_PUNCTUATION.indexOf(after) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLone(String line, int i) {
		return line.charAt(i) == LONE && (i == 0 || !Mojibake.isByteLike(line.charAt(i - 1)))
				&& (i + 1 >= line.length() || !Mojibake.isByteLike(line.charAt(i + 1)));
	}

	private static String count(Map<RepairKind, Integer> counts, RepairKind kind, String restored) {
		counts.merge(kind, 1, Integer::sum);
		return restored;
	}

}
