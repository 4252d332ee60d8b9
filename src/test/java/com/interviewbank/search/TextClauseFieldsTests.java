package com.interviewbank.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextClauseQueries#inField}: a word's or a phrase's analysis, moved to another field of the same
 * analyser, is the query that field's analysis would give; a query it cannot move is left to be
 * built again.
 */
class TextClauseFieldsTests {

	@Test
	void shouldMoveTermsPhrasesAndTheirCombinations() {
		assertThat(TextClauseQueries.inField(new TermQuery(new Term("titleEn", "gil")), "proseEn"))
			.isEqualTo(new TermQuery(new Term("proseEn", "gil")));
		assertThat(TextClauseQueries.inField(phrase("titleZh"), "proseZh")).isEqualTo(phrase("proseZh"));
		assertThat(TextClauseQueries.inField(combination("titleZh"), "proseZh")).isEqualTo(combination("proseZh"))
			.isNotEqualTo(combination("titleZh"));
	}

	/** Terms at positions 0 and 2, with a slop. */
	private static Query phrase(String field) {
		return new PhraseQuery.Builder().add(new Term(field, "分布式"), 0).add(new Term(field, "锁"), 2).setSlop(1).build();
	}

	/** Two terms of which both must match, and a phrase. */
	private static Query combination(String field) {
		return new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
			.add(new TermQuery(new Term(field, "字节")), BooleanClause.Occur.SHOULD)
			.add(new TermQuery(new Term(field, "码")), BooleanClause.Occur.SHOULD)
			.add(phrase(field), BooleanClause.Occur.MUST)
			.build();
	}

	@Test
	void shouldKeepAQueryThatMatchesNothing() {
		Query nothing = new MatchNoDocsQuery("No tokens after analysis of the value to match");

		assertThat(TextClauseQueries.inField(nothing, "proseEn")).isSameAs(nothing);
	}

	@Test
	void shouldLeaveSynonymsToBeBuiltAgain() {
		Query synonyms = new SynonymQuery.Builder("titleEn").addTerm(new Term("titleEn", "gc")).addTerm(new Term("titleEn", "gcs"), 0.5f).build();
		Query withSynonyms = new BooleanQuery.Builder().add(synonyms, BooleanClause.Occur.SHOULD)
			.add(new TermQuery(new Term("titleEn", "pause")), BooleanClause.Occur.SHOULD)
			.build();

		assertThat(TextClauseQueries.inField(synonyms, "proseEn")).isNull();
		assertThat(TextClauseQueries.inField(withSynonyms, "proseEn")).isNull();
	}

}
