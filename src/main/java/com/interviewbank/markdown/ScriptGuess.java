package com.interviewbank.markdown;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses a guide's language from the scripts of the letters of its prose (code, links and HTML
 * tags left out: they are Latin whatever the guide's language).
 *
 * <p>
 * A technical guide in Chinese or Russian is full of Latin names ({@code Redis}, {@code String}),
 * often more Latin letters than its own, while an English guide has hardly any letter of another
 * script. So a guide is in the language of a non-Latin script as soon as that script holds
 * {@link #NON_LATIN_SHARE} of the prose's letters. Han with enough kana is Japanese, Han alone is
 * Chinese. Latin script is taken as English: that is what decides English stemming, and a guide in
 * another Latin-script language can say so in its front matter (or an admin can set it).
 */
final class ScriptGuess {

	/** The share of the prose's letters a non-Latin script needs to decide the language. */
	static final double NON_LATIN_SHARE = 0.2;

	/** Japanese writes Han with kana; this share of kana among them makes Han text Japanese. */
	private static final double KANA_SHARE_OF_JAPANESE = 0.2;

	private static final Pattern NOT_PROSE = Pattern.compile(
			"(?s)```.*?(```|\\z)|~~~.*?(~~~|\\z)|`[^`\\n]*`|\\bhttps?://\\S+|<[^>\\n]*>|\\]\\([^)\\s]*\\)");

	private static final Map<Character.UnicodeScript, String> LANGUAGES = Map.of(Character.UnicodeScript.CYRILLIC,
			"ru", Character.UnicodeScript.GREEK, "el", Character.UnicodeScript.HAN, "zh",
			Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.ARABIC, "ar", Character.UnicodeScript.HEBREW,
			"he");

	private static final Set<Character.UnicodeScript> KANA = Set.of(Character.UnicodeScript.HIRAGANA,
			Character.UnicodeScript.KATAKANA);

	private ScriptGuess() {
	}

	static String languageOf(String text) {
		Map<Character.UnicodeScript, Integer> letters = lettersByScript(NOT_PROSE.matcher(text).replaceAll(" "));
		int all = letters.values().stream().mapToInt(Integer::intValue).sum();
		int kana = KANA.stream().mapToInt(script -> letters.getOrDefault(script, 0)).sum();
		// Kana count with Han: together they are the letters of Chinese or Japanese text.
		letters.merge(Character.UnicodeScript.HAN, kana, Integer::sum);
		return letters.entrySet()
			.stream()
			.filter(entry -> LANGUAGES.containsKey(entry.getKey()))
			.filter(entry -> entry.getValue() > 0 && entry.getValue() >= NON_LATIN_SHARE * all)
			.max(Map.Entry.comparingByValue())
			.map(entry -> entry.getKey() == Character.UnicodeScript.HAN && kana >= KANA_SHARE_OF_JAPANESE * entry.getValue()
					? "ja" : LANGUAGES.get(entry.getKey()))
			.orElse("en");
	}

	private static Map<Character.UnicodeScript, Integer> lettersByScript(String prose) {
		Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
		prose.codePoints()
			.filter(Character::isLetter)
			.forEach(cp -> letters.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
		return letters;
	}

}
