package com.interviewbank.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How Russian a word looks: a letter 4-gram model (interpolated with the shorter n-grams) trained
 * on a word list with counts, plus a bonus for a word the list holds. Scores are natural logs, so
 * two candidates for one damaged word compare by their difference.
 */
final class RussianLetterModel {

	private static final int ORDER = 4;

	private static final char START = '^';

	private static final char END = '$';

	/** Weights of the 1- to 4-gram estimates; what is left goes to a floor for unseen letters. */
	private static final double[] WEIGHTS = { 0, 0.1, 0.2, 0.3, 0.4 };

	private static final double FLOOR = 1e-4 / 40;

	/** A capital after the first letter is rare in Russian words and common in wrong guesses. */
	private static final double INNER_CAPITAL_PENALTY = 8;

	private static final double KNOWN_WORD_BONUS = 3;

	private final Map<String, Integer> grams = new HashMap<>();

	private final Map<String, Integer> contexts = new HashMap<>();

	private final Map<String, Integer> words;

	RussianLetterModel(Map<String, Integer> words) {
		this.words = Map.copyOf(words);
		words.forEach((word, count) -> {
			String padded = pad(word);
			for (int i = ORDER - 1; i < padded.length(); i++) {
				for (int n = 1; n <= ORDER; n++) {
					String gram = padded.substring(i - n + 1, i + 1);
					this.grams.merge(gram, count, Integer::sum);
					this.contexts.merge(gram.substring(0, n - 1), count, Integer::sum);
				}
			}
		});
	}

	static RussianLetterModel shipped() {
		return Holder.MODEL;
	}

	/** Whether the word list holds the word, in any case. */
	boolean knows(String word) {
		return this.words.containsKey(word.toLowerCase(Locale.ROOT));
	}

	double score(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		double score = prefixScore(word) + Math.log(probability(pad(lower), ORDER - 1 + lower.length()));
		Integer known = this.words.get(lower);
		return known == null ? score : score + KNOWN_WORD_BONUS + Math.log(known);
	}

	/** The score of a word's beginning, for pruning candidates before the word is complete. */
	double prefixScore(String prefix) {
		String padded = String.valueOf(START).repeat(ORDER - 1) + prefix.toLowerCase(Locale.ROOT);
		double score = 0;
		for (int i = ORDER - 1; i < padded.length(); i++) {
			score += Math.log(probability(padded, i));
		}
		for (int i = 1; i < prefix.length(); i++) {
			if (Character.isUpperCase(prefix.charAt(i))) {
				score -= INNER_CAPITAL_PENALTY;
			}
		}
		return score;
	}

	/**
	 * What one more letter adds to {@link #prefixScore} of {@code prefix}: a beam search extends
	 * thousands of prefixes by one letter each, and rescoring each whole prefix would cost its length.
	 */
	double nextLetterScore(String prefix, String letter) {
		String tail = prefix.length() >= ORDER - 1 ? prefix.substring(prefix.length() - (ORDER - 1))
				: String.valueOf(START).repeat(ORDER - 1 - prefix.length()) + prefix;
		double score = Math.log(probability((tail + letter).toLowerCase(Locale.ROOT), ORDER - 1));
		return !prefix.isEmpty() && Character.isUpperCase(letter.charAt(0)) ? score - INNER_CAPITAL_PENALTY : score;
	}

	private double probability(String padded, int at) {
		double probability = FLOOR;
		for (int n = 1; n <= ORDER; n++) {
			String gram = padded.substring(at - n + 1, at + 1);
			Integer context = this.contexts.get(gram.substring(0, n - 1));
			if (context != null) {
				probability += WEIGHTS[n] * this.grams.getOrDefault(gram, 0) / context;
			}
		}
		return probability;
	}

	private static String pad(String word) {
		return String.valueOf(START).repeat(ORDER - 1) + word + END;
	}

	private static final class Holder {

		static final RussianLetterModel MODEL = new RussianLetterModel(RussianWords.withTerms());

	}

}
