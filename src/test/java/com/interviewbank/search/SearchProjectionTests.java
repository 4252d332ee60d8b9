package com.interviewbank.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.AnswerAnchor;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.ServedContent;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a result shows is read from the index's stored fields, not from the database: for every hit,
 * the same key, guide, topic, slug, title, link, topic title and subsection as the question's row;
 * suggestions likewise; and the words the index holds as typed told from its term dictionary.
 */
@SeedBankTest
class SearchProjectionTests {

	@Autowired
	private SearchService search;

	@Autowired
	private QuestionRepository questions;

	@Autowired
	private ServedContent content;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private IndexTerms terms;

	@Autowired
	private ServedLanguages languages;

	@Autowired
	private SearchIndex index;

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "decorator", "garbage collection", "kanban", "__slots__", "asyncio event loop",
			"garbadge colection" })
	void shouldShowWhatTheQuestionsRowsHold(String query) {
		List<SearchResults.Hit> hits = this.search.search(query, null, null, 0, SearchService.MAX_PAGE_SIZE).results();
		assertThat(hits).isNotEmpty();
		this.transactions.executeWithoutResult(status -> {
			Map<String, Question> rows = this.questions
				.findByStableKeysInVersions(hits.stream().map(SearchResults.Hit::id).toList(), this.content.servedVersionIds())
				.stream()
				.collect(Collectors.toMap(Question::getStableKey, Function.identity()));
			assertThat(hits).allSatisfy(hit -> {
				Question row = rows.get(hit.id());
				assertThat(row).as(hit.id()).isNotNull();
				assertThat(hit.guide()).isEqualTo(row.getVersion().getGuide().getSlug());
				assertThat(hit.topic()).isEqualTo(row.getTopic().getSlug());
				assertThat(hit.question()).isEqualTo(row.getSlug());
				assertThat(hit.title()).isEqualTo(row.getTitle());
				assertThat(hit.topicTitle()).isEqualTo(row.getTopic().getTitle());
				assertThat(hit.url()).startsWith(row.pagePath() + "?hl=");
				if (hit.anchor() != null) {
					assertThat(row.getSubsections()).extracting(AnswerAnchor::anchor).contains(hit.anchor());
				}
				if (!hit.codeSnippet()) {
					// Marked from the prose the index stores: a piece of the answer's own prose.
					assertThat(IndexedText.of(row.getAnswerHtml()).prose()).as(hit.id())
						.contains(org.jsoup.Jsoup.parse(hit.snippet()).text());
				}
			});
		});
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "gen", "deco", "mock" })
	void shouldSuggestTheTitlesAndPagesOfTheQuestionsRows(String prefix) {
		List<SearchService.Suggestion> suggestions = this.search.suggest(prefix);
		assertThat(suggestions).isNotEmpty();
		this.transactions.executeWithoutResult(status -> {
			List<Question> served = this.questions.findWithTopicsInVersions(this.content.servedVersionIds());
			assertThat(suggestions).allSatisfy(suggestion -> assertThat(served)
				.anySatisfy(row -> assertThat(new SearchService.Suggestion(row.getTitle(), row.pagePath())).isEqualTo(suggestion)));
		});
	}

	@org.junit.jupiter.api.Test
	void shouldHoldEveryQuestionServedInItsBackendsLayout() {
		List<Long> served = this.content.servedVersionIds();
		assertThat(this.index.documentsIn(served)).isEqualTo(this.index.questionsIn(served)).isPositive();
	}

	@org.junit.jupiter.api.Test
	void shouldTellTheWordsTheIndexHoldsAsTypedFromItsTermDictionary() {
		var served = this.languages.of(this.content.servedVersionIds());
		assertThat(this.terms.unknown(List.of("garbadge", "colection", "garbage", "collection", "decorators", "GIL"), served))
			.hasValueSatisfying(unknown -> assertThat(unknown).containsExactlyInAnyOrder("garbadge", "colection"));
	}

}
