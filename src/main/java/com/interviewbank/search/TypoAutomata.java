package com.interviewbank.search;

import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The Levenshtein automata of the words searched with typos, built once per word and kept for the
 * next search ({@link TypoQuery}). They hold only the word, never the index, so an import does not
 * outdate them.
 */
@Component
class TypoAutomata {

	/**
	 * The memory the automata kept may take: a word's set weighs 120 KB (8 letters) to 380 KB (20
	 * letters), so some hundred of the latest misspellings are kept.
	 */
	private static final long KEPT_BYTES = 32L * 1024 * 1024;

	private final Cache<Key, Levels> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((Key key, Levels levels) -> levels.weight())
		.build();

	private record Key(String word, int maxEdits, int prefixLength) {
	}

	/**
	 * The automata of a word for each number of edits from 0 to {@code maxEdits}, transpositions
	 * counting as one edit (as a fuzzy query's), the first {@code prefixLength} letters exact.
	 */
	Levels of(String word, int maxEdits, int prefixLength) {
		// Built outside the cache's lock (tens of milliseconds): two searches may build one word at
		// once, and the second's set replaces the first's, equal.
		Key key = new Key(word, maxEdits, prefixLength);
		Levels kept = this.kept.getIfPresent(key);
		if (kept == null) {
			kept = build(key);
			this.kept.put(key, kept);
		}
		return kept;
	}

	private static Levels build(Key key) {
		int[] codePoints = key.word().codePoints().toArray();
		int prefixLength = Math.min(key.prefixLength(), codePoints.length);
		String prefix = new String(codePoints, 0, prefixLength);
		int[] rest = java.util.Arrays.copyOfRange(codePoints, prefixLength, codePoints.length);
		LevenshteinAutomata levenshtein = new LevenshteinAutomata(rest, Character.MAX_CODE_POINT, true);
		CompiledAutomaton[] levels = new CompiledAutomaton[key.maxEdits() + 1];
		for (int edits = 0; edits <= key.maxEdits(); edits++) {
			levels[edits] = new CompiledAutomaton(levenshtein.toAutomaton(edits, prefix), true, false);
		}
		return new Levels(levels, codePoints.length);
	}

	/** A word's automata by number of edits, and its length in code points. */
	record Levels(CompiledAutomaton[] levels, int wordLength) {

		CompiledAutomaton upTo(int edits) {
			return this.levels[edits];
		}

		int maxEdits() {
			return this.levels.length - 1;
		}

		int weight() {
			long bytes = java.util.Arrays.stream(this.levels).mapToLong(CompiledAutomaton::ramBytesUsed).sum();
			return (int) Math.min(Integer.MAX_VALUE, bytes);
		}

	}

}
