package com.interviewbank.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene queries in the shape Lucene's rewrite gives them, for the queries an analysis and our
 * clauses make (terms, phrases, synonyms, and boolean queries of them): a boost of 1 left out, a
 * boost of a boost multiplied, the same clause twice made one with their boosts added, a
 * disjunction inside a disjunction taken apart into its clauses, optional clauses that must all
 * match made required, a clause that matches nothing left out of a disjunction, and a boolean
 * query of one clause that clause. Lucene rewrites a query from its root again after every
 * change until nothing changes, each pass a walk of the whole query, so a query of words as typed
 * built in this shape takes one pass instead of five or six (a word matched with typos still
 * takes more: its fuzzy queries become terms only against the index). Only the steps these
 * queries need, not a whole rewrite (no exclusions, filters or boosts of 0 here): Lucene still
 * rewrites what it is given, so a shape left short costs passes, never results. The shape changes
 * no result and no score: it is what Lucene runs either way ({@code TextClauseQueriesTests}).
 */
final class RewrittenShape {

	private RewrittenShape() {
	}

	/** This query with this boost (none for a query that matches nothing). */
	static Query boosted(Query query, float boost) {
		if (boost == 1f || query instanceof MatchNoDocsQuery) {
			return query;
		}
		if (query instanceof BoostQuery inner) {
			return new BoostQuery(inner.getQuery(), boost * inner.getBoost());
		}
		return new BoostQuery(query, boost);
	}

	/** The query in its rewritten shape. */
	static Query of(Query query) {
		if (query instanceof BoostQuery boost) {
			return boosted(of(boost.getQuery()), boost.getBoost());
		}
		if (!(query instanceof BooleanQuery bool)) {
			return query;
		}
		List<BooleanClause> clauses = new ArrayList<>();
		for (BooleanClause clause : bool.clauses()) {
			Query shaped = of(clause.getQuery());
			if (!(clause.getOccur() == BooleanClause.Occur.SHOULD && shaped instanceof MatchNoDocsQuery)) {
				clauses.add(new BooleanClause(shaped, clause.getOccur()));
			}
		}
		return shaped(clauses, bool.getMinimumNumberShouldMatch());
	}

	/**
	 * A boolean query of these clauses, each already in its shape, as the rewrite leaves it once
	 * no clause changes: the same optional (or required) clause twice made one with their boosts
	 * added, disjunctions among its optional clauses taken apart, optional clauses that must all
	 * match made required, one clause alone that clause.
	 */
	private static Query shaped(List<BooleanClause> given, int minimumShouldMatch) {
		List<BooleanClause> clauses = given;
		int minimum = minimumShouldMatch;
		while (true) {
			// Taken apart first, then merged: the same clauses come out as when Lucene merges first
			// (a merge that leaves a disjunction of boost 1 is taken apart on the next turn), with
			// one hashing of the clauses instead of two.
			if (minimum <= 1 && hasNestedDisjunction(clauses)) {
				clauses = flattened(clauses);
			}
			List<BooleanClause> merged = merged(merged(clauses, BooleanClause.Occur.SHOULD, minimum <= 1), BooleanClause.Occur.MUST, true);
			if (merged != clauses) {
				clauses = merged;
				continue;
			}
			int optional = count(clauses, BooleanClause.Occur.SHOULD);
			if (optional > 0 && optional == minimum) {
				clauses = clauses.stream()
					.map(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD
							? new BooleanClause(clause.getQuery(), BooleanClause.Occur.MUST) : clause)
					.toList();
				minimum = 0;
				continue;
			}
			break;
		}
		if (clauses.isEmpty()) {
			return new MatchNoDocsQuery("empty BooleanQuery");
		}
		if (clauses.size() == 1) {
			BooleanClause only = clauses.get(0);
			if ((only.getOccur() == BooleanClause.Occur.SHOULD && minimum <= 1)
					|| (only.getOccur() == BooleanClause.Occur.MUST && minimum == 0)) {
				return only.getQuery();
			}
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
		clauses.forEach(builder::add);
		return builder.build();
	}

	/** Disjunctions among the optional clauses taken apart into their clauses, however deep. */
	private static List<BooleanClause> flattened(List<BooleanClause> clauses) {
		List<BooleanClause> flat = new ArrayList<>();
		for (BooleanClause clause : clauses) {
			if (isNestedDisjunction(clause)) {
				flat.addAll(flattened(((BooleanQuery) clause.getQuery()).clauses()));
			}
			else {
				flat.add(clause);
			}
		}
		return flat;
	}

	/**
	 * The clauses with those of this occurrence that are the same query made one, their boosts
	 * added (as the rewrite adds them, in double precision); the very list if none is repeated.
	 */
	private static List<BooleanClause> merged(List<BooleanClause> clauses, BooleanClause.Occur occur, boolean allowed) {
		if (!allowed || count(clauses, occur) < 2) {
			return clauses;
		}
		Map<Query, Double> boosts = new LinkedHashMap<>();
		int count = 0;
		for (BooleanClause clause : clauses) {
			if (clause.getOccur() == occur) {
				double boost = 1;
				Query query = clause.getQuery();
				while (query instanceof BoostQuery boosted) {
					boost *= boosted.getBoost();
					query = boosted.getQuery();
				}
				boosts.merge(query, boost, Double::sum);
				count++;
			}
		}
		if (boosts.size() == count) {
			return clauses;
		}
		List<BooleanClause> merged = new ArrayList<>();
		boosts.forEach((query, boost) -> merged
			.add(new BooleanClause(boost.floatValue() == 1f ? query : new BoostQuery(query, boost.floatValue()), occur)));
		clauses.stream().filter(clause -> clause.getOccur() != occur).forEach(merged::add);
		return merged;
	}

	// Loops, not streams: these run for every level of every query built.
	private static int count(List<BooleanClause> clauses, BooleanClause.Occur occur) {
		int count = 0;
		for (BooleanClause clause : clauses) {
			if (clause.getOccur() == occur) {
				count++;
			}
		}
		return count;
	}

	private static boolean hasNestedDisjunction(List<BooleanClause> clauses) {
		for (BooleanClause clause : clauses) {
			if (isNestedDisjunction(clause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNestedDisjunction(BooleanClause clause) {
		return clause.getOccur() == BooleanClause.Occur.SHOULD && clause.getQuery() instanceof BooleanQuery bool && isDisjunction(bool);
	}

	/** Every clause optional, and at most one of them required: Lucene takes it apart inside another. */
	private static boolean isDisjunction(BooleanQuery bool) {
		return bool.getMinimumNumberShouldMatch() <= 1 && count(bool.clauses(), BooleanClause.Occur.SHOULD) == bool.clauses().size();
	}

	/** Any of these queries, each already in its rewritten shape, as the rewrite leaves the disjunction. */
	static Query anyOf(List<Query> queries) {
		List<BooleanClause> clauses = new ArrayList<>();
		for (Query query : queries) {
			Query unboosted = query instanceof BoostQuery boost && boost.getBoost() == 1f ? boost.getQuery() : query;
			if (!matchesNothing(unboosted)) {
				clauses.add(new BooleanClause(unboosted, BooleanClause.Occur.SHOULD));
			}
		}
		// One query already in its shape is its own disjunction: a query of one word is that word's
		// clauses, not hashed and built again.
		return clauses.size() == 1 ? clauses.get(0).getQuery() : shaped(clauses, 0);
	}

	/** All of these queries, each already in its rewritten shape, as the rewrite leaves the conjunction. */
	static Query allOf(List<Query> queries) {
		if (queries.stream().anyMatch(RewrittenShape::matchesNothing)) {
			return new MatchNoDocsQuery("A required clause matches nothing");
		}
		return shaped(queries.stream().map(query -> new BooleanClause(query, BooleanClause.Occur.MUST)).toList(), 0);
	}

	private static boolean matchesNothing(Query query) {
		Query unboosted = query instanceof BoostQuery boost ? boost.getQuery() : query;
		return unboosted instanceof MatchNoDocsQuery;
	}

}
