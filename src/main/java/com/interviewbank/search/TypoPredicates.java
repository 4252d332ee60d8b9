package com.interviewbank.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.springframework.stereotype.Component;

/**
 * The clauses that match a word with typos: in the standard title, heading and prose fields (a
 * stem is too short to be one edit away), and in code titles. On the Lucene backend they are
 * {@link TypoQuery typo queries} built as Hibernate Search builds a fuzzy match (each field's
 * query analysis, one clause per field with its boost), so they rank alike but reuse their
 * automata; on Elasticsearch/OpenSearch they are the cluster's fuzzy matches.
 */
@Component
class TypoPredicates {

	private static final int EXACT_PREFIX = 1;

	/** How much a typo counts in each field: a title most, prose least (a code title as a title). */
	private static final float TITLE = 3f;

	private static final float HEADINGS = 1.5f;

	private static final float PROSE = 0.5f;

	private final LuceneAnalysers analysers;

	private final TypoAutomata automata;

	TypoPredicates(LuceneAnalysers analysers, TypoAutomata automata) {
		this.analysers = analysers;
		this.automata = automata;
	}

	/** Adds to {@code any} the clauses matching {@code word} with up to {@code typos} edits. */
	void addTo(BooleanPredicateClausesStep<?, ?> any, SearchPredicateFactory f, String word, int typos) {
		if (!this.analysers.available()) {
			any.should(f.match()
				.field(IndexFields.TITLE_STD).boost(TITLE)
				.field(IndexFields.HEADINGS_STD).boost(HEADINGS)
				.field(IndexFields.PROSE_STD).boost(PROSE)
				.matching(word)
				.fuzzy(typos, EXACT_PREFIX));
			any.should(f.match().field(IndexFields.TITLE_CODE).boost(TITLE).matching(word).fuzzy(typos, EXACT_PREFIX));
			return;
		}
		for (Query query : luceneQueries(word, typos)) {
			any.should(f.extension(LuceneExtension.get()).fromLuceneQuery(query));
		}
	}

	/** On the Lucene backend: the queries matching {@code word} with up to {@code typos} edits. */
	List<Query> luceneQueries(String word, int typos) {
		Analyzer standard = this.analysers.named(Analysis.STANDARD_QUERY);
		Query standardFields = new BooleanQuery.Builder()
			.add(new BoostQuery(inField(standard, IndexFields.TITLE_STD, word, typos), TITLE), BooleanClause.Occur.SHOULD)
			.add(new BoostQuery(inField(standard, IndexFields.HEADINGS_STD, word, typos), HEADINGS), BooleanClause.Occur.SHOULD)
			.add(new BoostQuery(inField(standard, IndexFields.PROSE_STD, word, typos), PROSE), BooleanClause.Occur.SHOULD)
			.build();
		Query codeTitle = new BoostQuery(inField(this.analysers.named(Analysis.CODE), IndexFields.TITLE_CODE, word, typos), TITLE);
		return List.of(standardFields, codeTitle);
	}

	/** As Hibernate Search's fuzzy match in one field: the field's query analysis, a typo query per term. */
	private Query inField(Analyzer analyzer, String field, String word, int typos) {
		Query query = new QueryBuilder(analyzer) {

			@Override
			protected Query newTermQuery(Term term, float boost) {
				Query typo = new TypoQuery(term, typos, EXACT_PREFIX, TypoPredicates.this.automata);
				return boost == BoostAttribute.DEFAULT_BOOST ? typo : new BoostQuery(typo, boost);
			}

		}.createBooleanQuery(field, word);
		return query == null ? new MatchNoDocsQuery("No tokens after analysis of the value to match") : query;
	}

}
