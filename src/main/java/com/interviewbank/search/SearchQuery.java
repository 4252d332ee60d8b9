package com.interviewbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, made safe to search: quoted phrases, the other words, and a notice when
 * the query had to be changed. Nothing a reader types is query syntax, so nothing can break it.
 *
 * @param text the query as searched (trimmed, at most {@link #MAX_LENGTH} characters)
 * @param phrases the parts in double quotes, to match exactly
 * @param words the other words, question words such as "what is" left out (unless there are no others)
 * @param compounds hyphenated words ("copy-on-write"), searched as their parts and ranked higher as
 * a phrase
 * @param notice what was changed, for the reader, or null
 */
record SearchQuery(String text, List<String> phrases, List<String> words, List<String> compounds, String notice) {

	static final int MAX_LENGTH = 200;

	private static final int MAX_WORDS = 16;

	private static final java.util.Set<Character.UnicodeScript> UNSPACED_SCRIPTS = java.util.Set
		.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");

	private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(-\\p{L}+)+");

	private static final Pattern OPERATOR = Pattern.compile("AND|OR|NOT|&&|\\|\\|");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Question words that say nothing of the subject; they still count in phrases and exact titles. */
	private static final java.util.Set<String> STOP_WORDS = java.util.Set.of("a", "an", "the", "is", "are", "was", "be",
			"what", "whats", "what's", "how", "why", "when", "which", "who", "do", "does", "did", "can", "could",
			"should", "to", "of", "in", "on", "for", "with", "and", "or", "vs", "it", "its", "this", "that", "i", "you",
			"we", "between", "difference", "explain", "work", "works");

	static SearchQuery parse(String raw) {
		String text = raw == null ? "" : SPACES.matcher(CONTROL.matcher(raw).replaceAll(" ").strip()).replaceAll(" ");
		String notice = null;
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH).strip();
			notice = "Your search was longer than " + MAX_LENGTH + " characters; it was shortened.";
		}
		List<String> phrases = new ArrayList<>();
		Matcher phrase = PHRASE.matcher(text);
		StringBuilder rest = new StringBuilder();
		while (phrase.find()) {
			if (!phrase.group(1).isBlank()) {
				phrases.add(phrase.group(1).strip());
			}
			phrase.appendReplacement(rest, " ");
		}
		phrase.appendTail(rest);
		List<String> words = new ArrayList<>();
		List<String> compounds = new ArrayList<>();
		for (String word : rest.toString().replace('"', ' ').split(" ")) {
			if (word.isBlank() || OPERATOR.matcher(word).matches()) {
				continue;
			}
			if (COMPOUND.matcher(word).matches()) {
				compounds.add(word.replace('-', ' '));
				words.addAll(List.of(word.split("-")));
			}
			else {
				words.add(word);
			}
		}
		List<String> distinct = words.stream().distinct().toList();
		List<String> meaningful = distinct.stream()
			.filter(word -> !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)))
			.limit(MAX_WORDS)
			.toList();
		return new SearchQuery(text, phrases, meaningful.isEmpty() ? distinct.stream().limit(MAX_WORDS).toList() : meaningful,
				compounds, notice);
	}

	boolean isEmpty() {
		return this.phrases.isEmpty() && this.words.isEmpty();
	}

	/** The whole query in lower case, as exact titles are indexed. */
	String normalized() {
		return this.text.replace("\"", "").strip().toLowerCase(Locale.ROOT);
	}

	/** Every word and phrase word, for highlighting on the page a result opens. */
	List<String> terms() {
		List<String> terms = new ArrayList<>(this.words);
		this.phrases.forEach(p -> terms.addAll(List.of(p.split(" "))));
		return terms;
	}

	/**
	 * How many typos a word may have and still match: none when short, two when long, and none for
	 * anything but letters (a code symbol is typed as it is, and its parts may be one letter long), and
	 * none for Chinese or Japanese.
	 */
	static int editDistance(String word) {
		if (!word.chars().allMatch(Character::isLetter) || writtenWithoutSpaces(word)) {
			return 0;
		}
		int letters = word.codePointCount(0, word.length());
		return letters < 4 ? 0 : (letters < 8 ? 1 : 2);
	}

	/**
	 * Whether a word holds letters of a script written without spaces between words (Han, kana):
	 * what a reader types there may be several words, and a typo is not a near spelling.
	 */
	static boolean writtenWithoutSpaces(String word) {
		return word.codePoints().anyMatch(cp -> UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(cp)));
	}

	/** The parts of a dotted name: {@code functools.wraps} → functools, wraps. */
	static List<String> partsOf(String word) {
		return java.util.Arrays.stream(word.split("\\.+")).filter(part -> part.length() > 1).toList();
	}

}
