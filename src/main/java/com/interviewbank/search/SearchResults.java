package com.interviewbank.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One page of search results, as the API returns it and the search page shows it.
 */
public record SearchResults(String query, long total, int page, int size, String didYouMean, Facets facets,
		List<Hit> results, String notice) {

	/** Result counts per topic, tag and difficulty. */
	public record Facets(List<TopicFacet> topics, List<TagFacet> tags, List<DifficultyFacet> difficulty) {

		static final Facets NONE = new Facets(List.of(), List.of(), List.of());

	}

	/** @param value a tag, lower case */
	public record TagFacet(String value, long count) {
	}

	/** @param value a difficulty, 1 to 5 */
	public record DifficultyFacet(int value, long count) {
	}

	/** @param guide the topic's guide, for the page's filter links (not part of the API) */
	public record TopicFacet(String slug, String title, long count, @JsonIgnore String guide) {
	}

	/**
	 * @param id the question's stable key
	 * @param question the question's slug
	 * @param url the page to open, with the words to highlight
	 * @param anchor the subsection to land on, or null
	 * @param snippet sanitized HTML with the matched words in {@code <mark>}
	 */
	public record Hit(String id, String guide, String topic, String question, String title, String url, String anchor,
			String snippet, float score) {
	}

	static SearchResults empty(SearchQuery query, int page, int size) {
		return new SearchResults(query.text(), 0, page, size, null, Facets.NONE, List.of(), query.notice());
	}

}
