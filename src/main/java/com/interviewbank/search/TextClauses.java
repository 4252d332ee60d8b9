package com.interviewbank.search;

import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * For one search in some languages: the clauses that match a word as typed, or a phrase, in
 * every text field of them ({@link TextFields}), and the words of a query as it ranks them;
 * made by {@link TextClauseQueries}.
 */
interface TextClauses {

	/** A word as typed in any text field ({@link QueryPredicates#exactWord}). */
	PredicateFinalStep word(SearchPredicateFactory f, String word);

	/** A phrase in any text field ({@link QueryPredicates#phrase}), with this slop. */
	PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop);

	/** The same, with a boost. */
	PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop, float boost);

	/** The questions of these guide versions, one at least ({@link QueryPredicates#servedVersions}). */
	PredicateFinalStep servedVersions(SearchPredicateFactory f, List<Long> versions);

	/**
	 * Any of these words, each as a query ranks a word ({@link QueryPredicates#rankedWord}).
	 *
	 * @param misspelled the words also matched with typos
	 */
	PredicateFinalStep anyWord(SearchPredicateFactory f, List<String> words, Set<String> misspelled);

	/** All of these words, each as a query ranks a word, with this boost. */
	PredicateFinalStep allWords(SearchPredicateFactory f, List<String> words, Set<String> misspelled, float boost);

}
