package com.interviewbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.guide.Question;
import com.interviewbank.guide.ServedContent;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clauses of a word as typed and of a phrase, and the words of a whole query, that
 * {@link TextClauseQueries} builds on the Lucene backend are the very queries Hibernate Search
 * builds from {@link QueryPredicates}' predicates, for words and phrases of every kind: plain,
 * stemmed, with synonyms of one word and of several, code, dotted names, Chinese (segmented, a
 * minimum of all terms, phrases in the standard fields), Russian, with typos, and text that
 * analyses to nothing in some fields. Compared as Lucene runs them, once rewritten (clause for
 * clause, boosts included; in any order, since where the rewrite adds the boosts of a clause
 * given twice it lists the clauses in a hash's order), so results rank alike; and built in the
 * shape the rewrite gives, so Lucene rewrites a query of words as typed in one pass instead of
 * five or six.
 */
@SeedBankTest
class TextClauseQueriesTests {

	private static final Set<AnalysedLanguage> ALL_LANGUAGES = EnumSet.allOf(AnalysedLanguage.class);

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private TextClauseQueries textClauses;

	@Autowired
	private ServedContent content;

	@ParameterizedTest
	@ValueSource(strings = { "gil", "GIL", "Generators", "garbage", "gc", "mvcc", "ci/cd", "k8s", "__slots__", "super()", "@property",
			"functools.wraps", "copy.deepcopy", "copy.copy", "getAttribute", "c++", "naïve", "x", "the", "字节码", "分布式锁", "缓存", "Redis持久化",
			"сборка", "мусора", "ОРМ", "😀", "-", "2024" })
	void shouldBuildTheQueriesHibernateSearchBuilds(String word) {
		Query built = luceneQuery(f -> this.textClauses.forSearch(ALL_LANGUAGES).word(f, word));

		assertThat(rewritten(built)).isEqualTo(rewritten(luceneQuery(f -> QueryPredicates.exactWord(f, ALL_LANGUAGES, word))));
		assertThat(rewritePasses(built)).as("passes beyond Hibernate Search's own wrapper").isLessThanOrEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage collection", "virtual machine", "gc pause", "global interpreter lock", "__slots__ memory",
			"functools.wraps decorator", "the", "分布式锁 实现", "缓存穿透", "сборка мусора", "c++ templates", "😀 -" })
	void shouldBuildThePhrasesHibernateSearchBuilds(String phrase) {
		TextClauses clauses = this.textClauses.forSearch(ALL_LANGUAGES);

		for (int slop : new int[] { 0, 2 }) {
			Query built = luceneQuery(f -> clauses.phrase(f, phrase, slop));
			assertThat(rewritten(built)).isEqualTo(rewritten(luceneQuery(f -> QueryPredicates.phrase(f, ALL_LANGUAGES, phrase, slop))));
			assertThat(rewritePasses(built)).isLessThanOrEqualTo(1);
			Query boosted = luceneQuery(f -> clauses.phrase(f, phrase, slop, 3f));
			assertThat(rewritten(boosted))
				.isEqualTo(rewritten(luceneQuery(f -> QueryPredicates.phrase(f, ALL_LANGUAGES, phrase, slop).boost(3f))));
			assertThat(rewritePasses(boosted)).isLessThanOrEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gil", "字节码" })
	void shouldBuildTheQueriesOfOneLanguageAlike(String word) {
		Set<AnalysedLanguage> english = EnumSet.of(AnalysedLanguage.ENGLISH);

		Query built = rewritten(luceneQuery(f -> this.textClauses.forSearch(english).word(f, word)));

		assertThat(built).isEqualTo(rewritten(luceneQuery(f -> QueryPredicates.exactWord(f, english, word))));
		assertThat(built.toString()).contains("titleEn:")
			.doesNotContain("titleZh:");
	}

	/**
	 * Whole queries, as a search ranks them: any of the words, all of them, the words together,
	 * compounds, quoted phrases; with the misspelled words matched with typos; in the guide
	 * versions served (one, or several: a filter of points either way).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GIL", "garbage collection", "what is a metaclass in python", "functools.wraps decorator",
			"generators send throw close", "\"global interpreter lock\" threads", "virtual machine", "copy.deepcopy vs copy.copy",
			"__slots__ memory", "generator generators", "gc gc", "copy.copy copy", "async await asyncio", "分布式锁 实现", "Redis持久化",
			"сборка мусора", "c++ templates", "😀 -", "grbage colection", "decoratr", "asyncio evnt loop" })
	void shouldBuildTheRankedQueriesHibernateSearchBuilds(String raw) {
		SearchQuery query = SearchQuery.parse(raw);
		List<Long> served = this.content.servedVersionIds();
		Set<String> misspelled = Set.copyOf(query.words());

		for (List<Long> versions : List.of(served, List.of(served.get(0), served.get(0) + 1_000_000L))) {
			for (Set<String> typos : List.of(Set.<String>of(), misspelled)) {
				Query built = luceneQuery(
						f -> QueryPredicates.of(f, this.textClauses.forSearch(ALL_LANGUAGES), query, versions, SearchFilters.NONE, typos));
				Query predicates = luceneQuery(
						f -> QueryPredicates.of(f, this.textClauses.predicates(ALL_LANGUAGES), query, versions, SearchFilters.NONE, typos));

				assertThat(rewritten(built)).isEqualTo(rewritten(predicates));
			}
		}
	}

	/**
	 * Queries of words the index holds, as typed: nothing left for Lucene's rewrite but Hibernate
	 * Search's own wrapper around the query (where a word, a phrase or a typo matches nothing, the
	 * rewrite still drops that clause from Hibernate Search's boolean query).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GIL", "garbage collection", "what is a metaclass in python", "functools.wraps decorator",
			"generators send throw close", "\"global interpreter lock\" threads", "copy.deepcopy vs copy.copy", "__slots__ memory",
			"generator generators", "分布式锁 实现", "сборка мусора" })
	void shouldLeaveNothingToRewrite(String raw) {
		SearchQuery query = SearchQuery.parse(raw);
		List<Long> versions = this.content.servedVersionIds();

		Query built = luceneQuery(
				f -> QueryPredicates.of(f, this.textClauses.forSearch(ALL_LANGUAGES), query, versions, SearchFilters.NONE, Set.of()));
		Query predicates = luceneQuery(
				f -> QueryPredicates.of(f, this.textClauses.predicates(ALL_LANGUAGES), query, versions, SearchFilters.NONE, Set.of()));

		assertThat(rewritePasses(built)).as("passes beyond Hibernate Search's own wrapper").isEqualTo(1);
		assertThat(rewritePasses(predicates)).isGreaterThan(2);
	}

	/** The Lucene query Hibernate Search builds for a predicate (it shows only its text, so read from its field). */
	private Query luceneQuery(Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
		try (EntityManager entityManager = this.entityManagers.createEntityManager()) {
			Object query = Search.session(entityManager).search(Question.class).where(predicate).toQuery();
			Field field = query.getClass().getDeclaredField("luceneQuery");
			field.setAccessible(true);
			return (Query) field.get(query);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Hibernate Search no longer keeps its Lucene query in a field luceneQuery", ex);
		}
	}

	private Query rewritten(Query query) {
		return inSearcher(searcher -> searcher.rewrite(query));
	}

	/** How many times Lucene's rewrite changes the query before it stands (IndexSearcher#rewrite's loop). */
	private int rewritePasses(Query query) {
		return inSearcher(searcher -> {
			int passes = 0;
			for (Query current = query, next = current.rewrite(searcher); next != current; current = next, next = current.rewrite(searcher)) {
				passes++;
			}
			return passes;
		});
	}

	private interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private <T> T inSearcher(SearcherWork<T> work) {
		try (IndexReader reader = Search.mapping(this.entityManagers).scope(Question.class).extension(LuceneExtension.get()).openIndexReader()) {
			return work.apply(new IndexSearcher(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
