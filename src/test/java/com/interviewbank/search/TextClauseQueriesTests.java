package com.interviewbank.search;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.guide.Question;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clauses of a word as typed and of a phrase that {@link TextClauseQueries} builds on the
 * Lucene backend are the very queries Hibernate Search builds from {@link QueryPredicates}'
 * predicates, for words and phrases of every kind: plain, stemmed, with synonyms of one word and
 * of several, code, dotted names, Chinese (segmented, a minimum of all terms, phrases in the
 * standard fields), Russian, and text that analyses to nothing in some fields. Compared by the
 * Lucene query each search would run.
 */
@SeedBankTest
class TextClauseQueriesTests {

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private TextClauseQueries textClauses;

	@ParameterizedTest
	@ValueSource(strings = { "gil", "GIL", "Generators", "garbage", "gc", "mvcc", "ci/cd", "k8s", "__slots__", "super()", "@property",
			"functools.wraps", "copy.deepcopy", "getAttribute", "c++", "naïve", "x", "the", "字节码", "分布式锁", "缓存", "Redis持久化",
			"сборка", "мусора", "ОРМ", "😀", "-", "2024" })
	void shouldBuildTheQueriesHibernateSearchBuilds(String word) {
		Set<AnalysedLanguage> languages = EnumSet.allOf(AnalysedLanguage.class);

		String built = luceneQuery(f -> this.textClauses.forSearch(languages).word(f, word));

		assertThat(built).isEqualTo(luceneQuery(f -> QueryPredicates.exactWord(f, languages, word)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage collection", "virtual machine", "gc pause", "global interpreter lock", "__slots__ memory",
			"functools.wraps decorator", "the", "分布式锁 实现", "缓存穿透", "сборка мусора", "c++ templates", "😀 -" })
	void shouldBuildThePhrasesHibernateSearchBuilds(String phrase) {
		Set<AnalysedLanguage> languages = EnumSet.allOf(AnalysedLanguage.class);
		TextClauses clauses = this.textClauses.forSearch(languages);

		for (int slop : new int[] { 0, 2 }) {
			assertThat(luceneQuery(f -> clauses.phrase(f, phrase, slop)))
				.isEqualTo(luceneQuery(f -> QueryPredicates.phrase(f, languages, phrase, slop)));
			assertThat(luceneQuery(f -> clauses.phrase(f, phrase, slop, 3f)))
				.isEqualTo(luceneQuery(f -> QueryPredicates.phrase(f, languages, phrase, slop).boost(3f)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gil", "字节码" })
	void shouldBuildTheQueriesOfOneLanguageAlike(String word) {
		Set<AnalysedLanguage> english = EnumSet.of(AnalysedLanguage.ENGLISH);

		String built = luceneQuery(f -> this.textClauses.forSearch(english).word(f, word));

		assertThat(built).isEqualTo(luceneQuery(f -> QueryPredicates.exactWord(f, english, word)))
			.contains("titleEn:")
			.doesNotContain("titleZh:");
	}

	private String luceneQuery(Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
		try (EntityManager entityManager = this.entityManagers.createEntityManager()) {
			return Search.session(entityManager).search(Question.class).where(predicate).toQuery().queryString();
		}
	}

}
