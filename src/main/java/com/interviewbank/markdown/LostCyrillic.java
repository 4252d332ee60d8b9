package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Restores a Cyrillic word whose letters lost their second byte. A letter is two bytes, D0 or D1
 * then 0x80–0xBF; where the second byte was 0x80–0x9F, Latin-1 turned it into an invisible control
 * that editors dropped, leaving only {@code Ð} or {@code Ñ}. Each such letter is one of 32
 * candidates (Ѐ–П after {@code Ð}, р–џ after {@code Ñ}); the Russian letter model chooses the word,
 * and the word is restored only when its best reading clearly beats the others. Readings the word
 * list knows are preferred: when any candidate is a known word, the choice is among known words
 * only; a reading no list knows must beat the others by far more.
 */
final class LostCyrillic {

	/** The least share of the candidates' probability the best reading must hold to be restored. */
	static final double MIN_CONFIDENCE = 0.5;

	/** The same for a reading the word list does not know: such a guess is wrong more often. */
	static final double MIN_CONFIDENCE_UNKNOWN_WORD = 0.9;

	private static final int BEAM = 200;

	/**
	 * Longer runs are not words (the longest Russian words have about 30 letters), and each letter
	 * costs the search a beam's worth of work, so a run of thousands of letters is left as it is.
	 */
	static final int MAX_WORD_LETTERS = 40;

	private static final int LEAD_D0 = 0xD0;

	private static final int LEAD_D1 = 0xD1;

	private final RussianLetterModel model;

	LostCyrillic(RussianLetterModel model) {
		this.model = model;
	}

	/** The best reading of a word and the share of the candidates' probability it holds. */
	record Reading(String word, double confidence, int restoredLetters, boolean known) {

		boolean confident() {
			return this.confidence >= (this.known ? MIN_CONFIDENCE : MIN_CONFIDENCE_UNKNOWN_WORD);
		}

	}

	/** Whether a run is a word of Cyrillic letters only, some of which lost their second byte. */
	static boolean applies(List<Mojibake.Sequence> sequences) {
		if (sequences.size() > MAX_WORD_LETTERS) {
			return false;
		}
		boolean lost = false;
		for (Mojibake.Sequence sequence : sequences) {
			if (sequence.lead() != LEAD_D0 && sequence.lead() != LEAD_D1) {
				return false;
			}
			lost |= !sequence.whole();
		}
		return lost;
	}

	Reading read(List<Mojibake.Sequence> sequences) {
		List<Scored> beam = List.of(new Scored("", 0));
		int restoredLetters = 0;
		for (Mojibake.Sequence sequence : sequences) {
			List<String> letters = sequence.whole() ? List.of(sequence.decoded()) : candidates(sequence.lead());
			restoredLetters += sequence.whole() ? 0 : 1;
			List<Scored> next = new ArrayList<>(beam.size() * letters.size());
			for (Scored prefix : beam) {
				for (String letter : letters) {
					next.add(new Scored(prefix.word() + letter, prefix.score() + this.model.nextLetterScore(prefix.word(), letter)));
				}
			}
			next.sort(BEST_FIRST);
			beam = next.subList(0, Math.min(BEAM, next.size()));
		}
		List<String> readings = beam.stream().map(Scored::word).toList();
		List<String> known = readings.stream().filter(this.model::knows).toList();
		List<String> complete = best(known.isEmpty() ? readings : known, this.model::score, readings.size());
		double top = this.model.score(complete.get(0));
		double total = complete.stream().mapToDouble(word -> Math.exp(this.model.score(word) - top)).sum();
		return new Reading(complete.get(0), 1 / total, restoredLetters, !known.isEmpty());
	}

	private static List<String> candidates(int lead) {
		List<String> letters = new ArrayList<>(32);
		int first = lead == LEAD_D0 ? 0x400 : 0x440;
		for (int codePoint = first; codePoint < first + 32; codePoint++) {
			letters.add(String.valueOf((char) codePoint));
		}
		return letters;
	}

	private static List<String> best(List<String> words, ToDoubleFunction<String> score, int limit) {
		return words.stream()
			.map(word -> new Scored(word, score.applyAsDouble(word)))
			.sorted(BEST_FIRST)
			.limit(limit)
			.map(Scored::word)
			.toList();
	}

	private record Scored(String word, double score) {
	}

	private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed();

}
