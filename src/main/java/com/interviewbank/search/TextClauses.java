package com.interviewbank.search;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * For one search in some languages: the clauses that match a word as typed, or a phrase, in
 * every text field of them ({@link TextFields}); made by {@link TextClauseQueries}.
 */
interface TextClauses {

	/** A word as typed in any text field ({@link QueryPredicates#exactWord}). */
	PredicateFinalStep word(SearchPredicateFactory f, String word);

	/** A phrase in any text field ({@link QueryPredicates#phrase}), with this slop. */
	PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop);

	/** The same, with a boost. */
	PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop, float boost);

}
