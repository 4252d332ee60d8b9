package com.interviewbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Words, each with how many texts hold it, and what a misspelled word was most likely meant to be:
 * the nearest word by edit distance, the most frequent of the nearest ({@link DidYouMean}).
 *
 * <p>
 * Words are grouped by length, since a word longer or shorter by more than the distance allowed
 * cannot be near, and scanning every word of a large bank was most of a misspelled search's own
 * work. The correction of a misspelling is kept for the next search with it (a bounded number):
 * the same slips come back, and a vocabulary never changes, a new one comes with new content.
 */
final class Vocabulary {

	private static final int MAX_DISTANCE = 2;

	/** Below this length a word may carry one typo only. */
	private static final int TWO_TYPOS_FROM = 5;

	private static final int KEPT_CORRECTIONS = 10_000;

	private final Map<String, Integer> frequencies;

	/** The words of each length, in alphabetical order (which word wins a tie). */
	private final String[][] byLength;

	private final Cache<String, Optional<String>> corrections = Caffeine.newBuilder().maximumSize(KEPT_CORRECTIONS).build();

	Vocabulary(Map<String, Integer> frequencies) {
		this.frequencies = Map.copyOf(frequencies);
		int longest = frequencies.keySet().stream().mapToInt(String::length).max().orElse(0);
		List<List<String>> lengths = new ArrayList<>();
		for (int length = 0; length <= longest; length++) {
			lengths.add(new ArrayList<>());
		}
		frequencies.keySet().forEach(word -> lengths.get(word.length()).add(word));
		this.byLength = lengths.stream().map(words -> words.stream().sorted().toArray(String[]::new)).toArray(String[][]::new);
	}

	boolean contains(String word) {
		return this.frequencies.containsKey(word);
	}

	/**
	 * The word nearest to this one (lower case) within the typos its length allows (one below five
	 * letters, else two), the most frequent among the nearest, the first in alphabetical order among
	 * those; empty if none is that near.
	 */
	Optional<String> nearest(String word) {
		// Searched outside the cache's lock, which would hold up other words meanwhile: two searches
		// may look one word up at once, and find the same.
		Optional<String> kept = this.corrections.getIfPresent(word);
		if (kept == null) {
			kept = search(word);
			this.corrections.put(word, kept);
		}
		return kept;
	}

	private Optional<String> search(String word) {
		int allowed = word.length() < TWO_TYPOS_FROM ? 1 : MAX_DISTANCE;
		String best = null;
		int bestDistance = allowed;
		int bestFrequency = 0;
		int from = Math.max(0, word.length() - allowed);
		int to = Math.min(this.byLength.length - 1, word.length() + allowed);
		for (int length = from; length <= to; length++) {
			for (String candidate : this.byLength[length]) {
				int distance = distance(word, candidate, bestDistance);
				if (distance > bestDistance) {
					continue;
				}
				int frequency = this.frequencies.get(candidate);
				if (best == null || distance < bestDistance || frequency > bestFrequency
						|| (frequency == bestFrequency && candidate.compareTo(best) < 0)) {
					best = candidate;
					bestDistance = distance;
					bestFrequency = frequency;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** Levenshtein distance, or more than {@code limit} as soon as it must be. */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
