package com.interviewbank.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.QuestionRepository;

/**
 * "Did you mean": when nothing matches, each word that is not in the bank's vocabulary (the words
 * of its question titles and subsection headings) is replaced by the nearest one that is, and the
 * corrected query is offered if it finds something.
 */
@Component
class DidYouMean {

	private static final int MAX_DISTANCE = 2;

	private final QuestionRepository questions;

	private volatile Vocabulary vocabulary = new Vocabulary(List.of(), Map.of());

	DidYouMean(QuestionRepository questions) {
		this.questions = questions;
	}

	private record Vocabulary(List<Long> versions, Map<String, Integer> frequencies) {
	}

	String suggest(SearchQuery query, List<Long> versions, BiFunction<SearchQuery, List<Long>, Long> counter) {
		Map<String, Integer> words = vocabularyOf(versions);
		Set<String> unknown = query.words()
			.stream()
			.filter(word -> !words.containsKey(word.toLowerCase(Locale.ROOT)))
			.collect(Collectors.toSet());
		String suggestion = correct(query, unknown, words);
		return suggestion != null && counter.apply(SearchQuery.parse(suggestion), versions) > 0 ? suggestion : null;
	}

	/**
	 * The query with each of these words replaced by its nearest word of the vocabulary (the most
	 * frequent among the nearest), or null if none is replaced.
	 */
	static String correct(SearchQuery query, Set<String> misspelled, Map<String, Integer> words) {
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : query.words()) {
			String lower = word.toLowerCase(Locale.ROOT);
			String nearest = misspelled.contains(word) ? nearest(lower, words) : null;
			changed |= nearest != null && !nearest.equals(lower);
			corrected.add(nearest != null ? nearest : lower);
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private Map<String, Integer> vocabularyOf(List<Long> versions) {
		Vocabulary current = this.vocabulary;
		if (!current.versions().equals(versions)) {
			Map<String, Integer> frequencies = new HashMap<>();
			List<String> texts = new ArrayList<>(this.questions.titlesInVersions(versions));
			texts.addAll(this.questions.subsectionTitlesInVersions(versions));
			for (String text : texts) {
				for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
					if (word.length() > 2) {
						frequencies.merge(word, 1, Integer::sum);
					}
				}
			}
			current = new Vocabulary(List.copyOf(versions), frequencies);
			this.vocabulary = current;
		}
		return current.frequencies();
	}

	private static String nearest(String word, Map<String, Integer> words) {
		String best = null;
		int bestDistance = MAX_DISTANCE + 1;
		int bestFrequency = 0;
		for (Map.Entry<String, Integer> candidate : words.entrySet()) {
			int distance = distance(word, candidate.getKey(), bestDistance);
			if (distance < bestDistance || (distance == bestDistance && candidate.getValue() > bestFrequency)) {
				best = candidate.getKey();
				bestDistance = distance;
				bestFrequency = candidate.getValue();
			}
		}
		int allowed = word.length() < 5 ? 1 : MAX_DISTANCE;
		return bestDistance <= allowed ? best : null;
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
