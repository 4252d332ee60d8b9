package com.interviewbank.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search results a reader can scan, on the seed: topic titles, marked titles, code as the snippet
 * of a code-only answer, the correction said aloud, and an empty state with something to try.
 */
@SeedBankTest
class SearchPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SearchService search;

	@Autowired
	private SearchInsight insight;

	@Test
	void shouldShowTopicTitlesAndMarkTheSearchedWordsInTitles() throws Exception {
		String html = search("__slots__");
		assertThat(html).contains("<p class=\"small text-body-secondary mb-1 hit-topic\">OOP in Python</p>")
			.doesNotContain("hit-topic\">oop-in-python</p>")
			.contains("<mark>__slots__</mark>");
	}

	@Test
	void shouldShowTheFirstLinesOfCodeWhenNoProseMatches() {
		SearchResults results = this.search.search("decorator", null, null, 0, 10);
		assertThat(results.results()).allSatisfy(hit -> assertThat(hit.snippet()).isNotBlank());
		assertThat(results.results()).anySatisfy(hit -> {
			assertThat(hit.codeSnippet()).isTrue();
			assertThat(hit.snippet()).doesNotContain("<p>");
		});
	}

	@Test
	void shouldSayWhatATypoWasReadAsAndOfferWhatWasTyped() throws Exception {
		String html = search("garbadge colection");
		assertThat(html).contains("Showing results for")
			.contains(">garbage collection</a>")
			.contains("href=\"/search?q=garbadge%20colection&amp;exact=true\"");
		this.mvc.perform(get("/api/search").param("q", "garbadge colection"))
			.andExpect(jsonPath("$.showingResultsFor").value("garbage collection"));
		assertThat(this.search.search("garbadge colection", null, null, 0, 10, true).total()).isZero();
		assertThat(this.search.search("garbage collection", null, null, 0, 10).showingResultsFor()).isNull();
	}

	@Test
	void shouldOfferTheDidYouMeanPopularSearchesAndTopicsWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "metaclasses")).andExpect(status().isOk());
		// The insight log is written in batches: the search above is popular once written.
		this.insight.flush();
		String html = search("zzqxv wvvq");
		assertThat(html).contains("No question matches that search.")
			.contains("Popular searches")
			.contains("href=\"/search?q=metaclasses\"")
			.contains("Or browse a topic")
			.contains("href=\"/guides/python-senior-lead-questions/topics/oop-in-python\"");
	}

	@Test
	void shouldRankTheQuestionThatAnswersAbovePromptsThatMatchAlike() {
		assertThat(first("kanban")).isEqualTo("software-developing-methodologies");
		assertThat(first("retrospective")).isIn("management-questions", "software-developing-methodologies");
		assertThat(first("estimation techniques")).isEqualTo("estimations");
	}

	private String first(String query) {
		return this.search.search(query, null, null, 0, 10).results().get(0).question();
	}

	private String search(String query) throws Exception {
		return this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
