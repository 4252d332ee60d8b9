package com.interviewbank.search;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of a relevance table's row: the question slugs {@code expected} must be the
 * {@code first} result, or all be in the top three ({@code top3}).
 */
final class RankedFirst {

	private RankedFirst() {
	}

	static void check(SearchService search, String guide, String query, String expected, String rule) {
		List<String> slugs = Arrays.asList(expected.split("\\s+"));
		List<String> top = search.search(query, guide, null, 0, 10)
			.results()
			.stream()
			.map(SearchResults.Hit::question)
			.limit(3)
			.toList();
		String description = "top 3 for [" + query + "] were " + top;
		switch (rule) {
			case "first" -> assertThat(top).as(description).isNotEmpty().first().isIn(slugs);
			case "top3" -> assertThat(top).as(description).containsAll(slugs);
			default -> throw new IllegalArgumentException("Unknown rule " + rule);
		}
	}

}
