package com.interviewbank.markdown;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a lone {@code â} once was, from the characters around it. Its two lost bytes were
 * 0x80 and one of 0x93–0x9D: an en or em dash, a single or double quotation mark.
 */
final class LostPunctuation {

	private static final char LONE = 'â';

	private static final Set<String> CONTRACTION_ENDINGS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

	private static final String CLOSING_PUNCTUATION = ".,;:!?)]}";

	private static final String OPENING_PUNCTUATION = "([{";

	/** Words that begin an aside after a dash, rather than the second half of a pair of terms. */
	private static final Set<String> ASIDE_OPENERS = Set.of("a", "an", "the", "and", "or", "but", "both", "which",
			"who", "that", "this", "it", "e", "i", "even", "not", "so", "if", "when", "where", "while");

	/** Words quoted as code take single marks ({@code ‘as’ keyword}): Python's reserved words. */
	private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
			"await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
			"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
			"while", "with", "yield");

	/** A list item's marker and a term of at most four words or one code span, up to the dash. */
	private static final Pattern LIST_TERM = Pattern
		.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:`[^`]+`|[\\p{L}\\p{N}_()]+(?: [\\p{L}\\p{N}_()]+){0,3})\\s$");

	private static final int CONTEXT = 12;

	private LostPunctuation() {
	}

	/** The restored character, or null if its neighbours do not decide it. */
	static String resolve(String line, int index, TextRepairer.QuoteState quotes, RepairLog log) {
		char before = index > 0 ? line.charAt(index - 1) : ' ';
		char after = index + 1 < line.length() ? line.charAt(index + 1) : ' ';
		boolean spaceBefore = Character.isWhitespace(before);
		boolean spaceAfter = Character.isWhitespace(after);
		if (!spaceBefore && Character.isLetter(after) && isContraction(line, index + 1)) {
			return apostrophe(line, index, log, "apostrophe of a contraction");
		}
		if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
			return joiningDash(line, index, quotes, log);
		}
		if (!spaceBefore && (spaceAfter || CLOSING_PUNCTUATION.indexOf(after) >= 0)) {
			if (quotes.open) {
				quotes.open = false;
				String mark = quotes.single ? "’" : "”";
				return chose(line, index, log, RepairKind.QUOTATION_MARK, mark,
						quotes.single ? "closes a quoted character or keyword" : "closes a quotation");
			}
			return Character.isLetter(before) ? apostrophe(line, index, log, "apostrophe after a possessive") : null;
		}
		if ((spaceBefore || OPENING_PUNCTUATION.indexOf(before) >= 0) && !spaceAfter) {
			int close = closingMark(line, index + 1);
			if (close >= 0) {
				quotes.open = true;
				quotes.single = quotesCode(line.substring(index + 1, close));
				return quotes.single
						? chose(line, index, log, RepairKind.QUOTATION_MARK, "‘", "opens a quoted character or keyword")
						: chose(line, index, log, RepairKind.QUOTATION_MARK, "“", "opens a quotation");
			}
			// A word-prefix dash: "--count" typed into a word processor becomes "–count".
			return (spaceBefore && Character.isLetter(after))
					? chose(line, index, log, RepairKind.DASH, "–", "en dash where a word processor turned an option's -- into one") : null;
		}
		if (spaceBefore && spaceAfter) {
			return LIST_TERM.matcher(line.substring(0, index)).matches()
					? chose(line, index, log, RepairKind.DASH, "–", "en dash between a list item's term and its description")
					: guessed(line, index, log, RepairKind.DASH, "—", "em dash between spaces in running text");
		}
		return null;
	}

	private static String joiningDash(String line, int index, TextRepairer.QuoteState state, RepairLog log) {
		if (Character.isDigit(line.charAt(index - 1)) && Character.isDigit(line.charAt(index + 1))) {
			return chose(line, index, log, RepairKind.DASH, "–", "en dash in a range of numbers");
		}
		if (joiningDashes(line, state) > 1) {
			return chose(line, index, log, RepairKind.DASH, "—", "em dash, one of a pair around an aside");
		}
		if (ASIDE_OPENERS.contains(wordAt(line, index + 1).toLowerCase())) {
			return guessed(line, index, log, RepairKind.DASH, "—", "em dash before a word that opens an aside");
		}
		return guessed(line, index, log, RepairKind.DASH, "–", "en dash joining a pair of terms");
	}

	/** How many lone {@code â} join two words on the line, counted once per line. */
	private static int joiningDashes(String line, TextRepairer.QuoteState state) {
		if (state.joiningDashes < 0) {
			state.joiningDashes = 0;
			for (int i = 1; i + 1 < line.length(); i++) {
				if (isLone(line, i) && Character.isLetterOrDigit(line.charAt(i - 1))
						&& Character.isLetterOrDigit(line.charAt(i + 1)) && !isContraction(line, i + 1)) {
					state.joiningDashes++;
				}
			}
		}
		return state.joiningDashes;
	}

	private static String wordAt(String line, int from) {
		int end = from;
		while (end < line.length() && Character.isLetter(line.charAt(end))) {
			end++;
		}
		return line.substring(from, end);
	}

	/** Whether a quotation holds a character, a prefix like {@code r}, or a keyword, as code does. */
	private static boolean quotesCode(String quoted) {
		return (!quoted.isEmpty() && quoted.length() <= 2 && quoted.chars().noneMatch(Character::isWhitespace))
				|| KEYWORDS.contains(quoted);
	}

	private static boolean isContraction(String line, int from) {
		return CONTRACTION_ENDINGS.contains(wordAt(line, from).toLowerCase());
	}

	/** The index of a lone {@code â} later on the line that closes a quotation before another opens, or -1. */
	private static int closingMark(String line, int from) {
		for (int i = from; i < line.length(); i++) {
			if (!isLone(line, i)) {
				continue;
			}
			char before = line.charAt(i - 1);
			char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
			if (Character.isWhitespace(before)) {
				return -1;
			}
			if (Character.isWhitespace(after) || CLOSING_PUNCTUATION.indexOf(after) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isLone(String line, int i) {
		return line.charAt(i) == LONE && (i == 0 || !Mojibake.isByteLike(line.charAt(i - 1)))
				&& (i + 1 >= line.length() || !Mojibake.isByteLike(line.charAt(i + 1)));
	}

	private static String apostrophe(String line, int index, RepairLog log, String reason) {
		log.count(RepairKind.APOSTROPHE, 1);
		log.example(RepairKind.APOSTROPHE, around(line, index, LONE), around(line, index, '’'), reason);
		return "’";
	}

	/** Counts the choice and records it with a little of the line around it. */
	private static String chose(String line, int index, RepairLog log, RepairKind kind, String restored, String reason) {
		return record(line, index, log, kind, restored, reason, false);
	}

	/** Like {@link #chose}, for a rule whose cases authors write either way: the admin should check it. */
	private static String guessed(String line, int index, RepairLog log, RepairKind kind, String restored,
			String reason) {
		return record(line, index, log, kind, restored, reason + " (authors write this either way: check it)", true);
	}

	private static String record(String line, int index, RepairLog log, RepairKind kind, String restored,
			String reason, boolean uncertain) {
		log.count(kind, 1);
		log.chose(kind, around(line, index, LONE), around(line, index, restored.charAt(0)), reason, null, uncertain);
		return restored;
	}

	/** A little of the line on either side of the character at an index, which is shown as given. */
	private static String around(String line, int index, char shown) {
		int from = Math.max(0, index - CONTEXT);
		int to = Math.min(line.length(), index + 1 + CONTEXT);
		return line.substring(from, index) + shown + line.substring(index + 1, to);
	}

}
