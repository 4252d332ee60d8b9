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

	private final QuestionRepository questions;

	private volatile Titles titles = new Titles(List.of(), new Vocabulary(Map.of()));

	DidYouMean(QuestionRepository questions) {
		this.questions = questions;
	}

	/** The words of the titles and headings of these versions. */
	private record Titles(List<Long> versions, Vocabulary words) {
	}

	String suggest(SearchQuery query, List<Long> versions, BiFunction<SearchQuery, List<Long>, Long> counter) {
		Vocabulary words = vocabularyOf(versions);
		Set<String> unknown = query.words()
			.stream()
			.filter(word -> !words.contains(word.toLowerCase(Locale.ROOT)))
			.collect(Collectors.toSet());
		String suggestion = correct(query, unknown, words);
		return suggestion != null && counter.apply(SearchQuery.parse(suggestion), versions) > 0 ? suggestion : null;
	}

	/**
	 * The query with each of these words replaced by its nearest word of the vocabulary
	 * ({@link Vocabulary#nearest}), or null if none is replaced.
	 */
	static String correct(SearchQuery query, Set<String> misspelled, Vocabulary words) {
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : query.words()) {
			String lower = word.toLowerCase(Locale.ROOT);
			String nearest = misspelled.contains(word) ? words.nearest(lower).orElse(null) : null;
			changed |= nearest != null && !nearest.equals(lower);
			corrected.add(nearest != null ? nearest : lower);
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private Vocabulary vocabularyOf(List<Long> versions) {
		Titles current = this.titles;
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
			current = new Titles(List.copyOf(versions), new Vocabulary(frequencies));
			this.titles = current;
		}
		return current.words();
	}

}
