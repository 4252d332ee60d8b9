package com.interviewbank.markdown;

import java.util.EnumMap;
import java.util.Map;

/**
 * Guesses a guide's language from the script most of its letters are written in. Latin script is
 * taken as English: that is what decides English stemming, and a guide in another Latin-script
 * language can say so in its front matter.
 */
final class ScriptGuess {

	private static final Map<Character.UnicodeScript, String> LANGUAGES = Map.of(Character.UnicodeScript.CYRILLIC,
			"ru", Character.UnicodeScript.GREEK, "el", Character.UnicodeScript.HAN, "zh",
			Character.UnicodeScript.HIRAGANA, "ja", Character.UnicodeScript.KATAKANA, "ja",
			Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.ARABIC, "ar",
			Character.UnicodeScript.HEBREW, "he");

	private ScriptGuess() {
	}

	static String languageOf(String text) {
		Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
		text.codePoints()
			.filter(Character::isLetter)
			.forEach(cp -> letters.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
		return letters.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(entry -> LANGUAGES.getOrDefault(entry.getKey(), "en"))
			.orElse("en");
	}

}
