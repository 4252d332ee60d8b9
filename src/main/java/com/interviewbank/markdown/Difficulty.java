package com.interviewbank.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 1..5 difficulty scale and the words guides use for it (docs/ARCHITECTURE.md, "Question
 * metadata"): 1 beginner, 2 elementary, 3 intermediate, 4 advanced, 5 expert.
 */
public final class Difficulty {

	public static final int MIN = 1;

	public static final int MAX = 5;

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("beginner", 1),
			Map.entry("beginners", 1), Map.entry("junior", 1), Map.entry("juniors", 1), Map.entry("entry", 1),
			Map.entry("entry-level", 1), Map.entry("easy", 1), Map.entry("fundamental", 1),
			Map.entry("fundamentals", 1), Map.entry("novice", 1), Map.entry("elementary", 2),
			Map.entry("intermediate", 3), Map.entry("middle", 3), Map.entry("mid", 3), Map.entry("mid-level", 3),
			Map.entry("regular", 3), Map.entry("medium", 3), Map.entry("moderate", 3), Map.entry("senior", 4),
			Map.entry("seniors", 4), Map.entry("advanced", 4), Map.entry("hard", 4), Map.entry("difficult", 4),
			Map.entry("expert", 5), Map.entry("experts", 5), Map.entry("guru", 5), Map.entry("lead", 5), Map.entry("principal", 5));

	/** "L1: Fundamental", "Level 3", "L2 - ...": a level number at the start, whatever follows. */
	private static final Pattern LEVEL_NUMBER = Pattern.compile("^(?:l|level)\\s*([1-5])(?![0-9])\\b.*",
			Pattern.CASE_INSENSITIVE);

	/** An emoji shortcode, a count such as "(37)", list numbering, trailing punctuation: not words. */
	private static final Pattern NOISE = Pattern
		.compile(":[a-z0-9_+-]+:|[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]|\\(\\d+\\)|^\\d+[.)]\\s*|[:.!]+$");

	/** Words a level heading may hold beside its level word ("Junior Sysadmin", "Senior level questions"). */
	private static final int MAX_LEVEL_HEADING_WORDS = 3;

	private Difficulty() {
	}

	/**
	 * A declared difficulty: a number 1..5, "L1".."L5", "level 2", or a level word
	 * ("junior", "advanced", ...); null for anything else.
	 */
	static Integer parse(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip().replaceAll("^[\"'(\\[]+|[\"')\\]]+$", "").strip().toLowerCase(Locale.ROOT);
		if (text.matches("[1-5]")) {
			return Integer.parseInt(text);
		}
		Matcher number = LEVEL_NUMBER.matcher(text);
		if (number.matches()) {
			return Integer.parseInt(number.group(1));
		}
		return WORDS.get(text);
	}

	/**
	 * 30-seconds-of-interviews' {@code expertise} 0, 1, 2 (its site's junior, intermediate, senior) on
	 * this scale: 1, 3, 4, so that it agrees with the same words in a heading.
	 */
	static Integer ofExpertise(String value) {
		String text = value == null ? "" : value.strip().replaceAll("^[(\\[]+|[)\\]]+$", "").strip();
		return switch (text) {
			case "0" -> 1;
			case "1" -> 3;
			case "2" -> 4;
			default -> null;
		};
	}

	/**
	 * The difficulty a heading over questions names ("L1: Fundamental", "Junior Sysadmin", "Senior",
	 * "Advanced questions"), or null. A long heading that merely holds such a word ("Advanced
	 * differences between 2.x and 3.x") names no level.
	 */
	static Integer ofHeading(String headingText) {
		String text = NOISE.matcher(headingText.strip()).replaceAll(" ").strip();
		Matcher number = LEVEL_NUMBER.matcher(text);
		if (number.matches()) {
			return Integer.parseInt(number.group(1));
		}
		if (text.endsWith("?")) {
			return null;
		}
		String[] words = text.toLowerCase(Locale.ROOT).split("[\\s/]+");
		if (words.length == 0 || words.length > MAX_LEVEL_HEADING_WORDS) {
			return null;
		}
		Integer first = WORDS.get(words[0]);
		return first != null ? first : WORDS.get(words[words.length - 1]);
	}

}
