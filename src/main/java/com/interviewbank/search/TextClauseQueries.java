package com.interviewbank.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.springframework.stereotype.Component;

/**
 * The clauses of a word as typed and of a phrase, in every text field ({@link TextClauses}), and
 * the words of a query as it ranks them. A query names each word at least twice (among any of
 * the words, and among all of them), and Hibernate Search analyses a word or a phrase once per
 * field it is matched in, about ten times. On the Lucene backend they are built here instead,
 * once per search, with one analysis per analyser, the other fields of that analyser getting the
 * same terms (a query of stacked tokens, synonyms or the parts of a code word, is built again for
 * each field). They are the queries Hibernate Search builds from {@link QueryPredicates}'
 * predicates (its match: Lucene's {@link QueryBuilder} on the field's search analyser, every
 * term required for a word written without spaces, the field's boost around it; its phrase: the
 * same builder's phrase), in the shape Lucene's rewrite gives them ({@link RewrittenShape}):
 * Lucene rewrites a query again and again from its root until nothing changes, so a query of
 * words as typed built in that shape is rewritten in one pass instead of five or six.
 * {@code TextClauseQueriesTests} checks both: the same query once rewritten, and nothing left to
 * rewrite. On a cluster, the predicates go to the cluster.
 */
@Component
class TextClauseQueries {

	private final LuceneAnalysers analysers;

	private final TypoPredicates typos;

	TextClauseQueries(LuceneAnalysers analysers, TypoPredicates typos) {
		this.analysers = analysers;
		this.typos = typos;
	}

	/** The clauses for one search in these languages; not to be shared between threads. */
	TextClauses forSearch(Set<AnalysedLanguage> languages) {
		return this.analysers.available() ? new Built(languages) : predicates(languages);
	}

	/** Hibernate Search's predicates for the same clauses, whatever the backend. */
	TextClauses predicates(Set<AnalysedLanguage> languages) {
		return new Predicates(languages, this.typos);
	}

	/** Hibernate Search's predicates, for a backend that analyses in its own process. */
	private record Predicates(Set<AnalysedLanguage> languages, TypoPredicates typos) implements TextClauses {

		@Override
		public PredicateFinalStep word(SearchPredicateFactory f, String word) {
			return QueryPredicates.exactWord(f, this.languages, word);
		}

		@Override
		public PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop) {
			return QueryPredicates.phrase(f, this.languages, phrase, slop);
		}

		@Override
		public PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop, float boost) {
			return QueryPredicates.phrase(f, this.languages, phrase, slop).boost(boost);
		}

		@Override
		public PredicateFinalStep anyWord(SearchPredicateFactory f, List<String> words, Set<String> misspelled) {
			return f.bool(any -> words.forEach(word -> any.should(ranked(f, word, misspelled))));
		}

		@Override
		public PredicateFinalStep allWords(SearchPredicateFactory f, List<String> words, Set<String> misspelled, float boost) {
			var all = f.bool();
			words.forEach(word -> all.must(ranked(f, word, misspelled)));
			return all.boost(boost);
		}

		@Override
		public PredicateFinalStep servedVersions(SearchPredicateFactory f, List<Long> versions) {
			return QueryPredicates.servedVersions(f, versions);
		}

		private PredicateFinalStep ranked(SearchPredicateFactory f, String word, Set<String> misspelled) {
			return QueryPredicates.rankedWord(f, this, word, misspelled.contains(word), this.typos);
		}

	}

	private record PhraseKey(String phrase, int slop) {
	}

	private record RankedKey(String word, boolean misspelled) {
	}

	/** Lucene queries, each word's and phrase's built once. */
	private final class Built implements TextClauses {

		private final Set<AnalysedLanguage> languages;

		private final Map<String, Query> words = new HashMap<>();

		private final Map<PhraseKey, Query> phrases = new HashMap<>();

		private final Map<RankedKey, Query> rankedWords = new HashMap<>();

		Built(Set<AnalysedLanguage> languages) {
			this.languages = languages;
		}

		@Override
		public PredicateFinalStep word(SearchPredicateFactory f, String word) {
			return lucene(f, wordQuery(word));
		}

		@Override
		public PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop) {
			return lucene(f, phraseQuery(phrase, slop));
		}

		@Override
		public PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, int slop, float boost) {
			return lucene(f, RewrittenShape.boosted(phraseQuery(phrase, slop), boost));
		}

		@Override
		public PredicateFinalStep anyWord(SearchPredicateFactory f, List<String> words, Set<String> misspelled) {
			return lucene(f, RewrittenShape.anyOf(words.stream().map(word -> rankedWord(word, misspelled.contains(word))).toList()));
		}

		@Override
		public PredicateFinalStep allWords(SearchPredicateFactory f, List<String> words, Set<String> misspelled, float boost) {
			Query all = RewrittenShape.allOf(words.stream().map(word -> rankedWord(word, misspelled.contains(word))).toList());
			return lucene(f, RewrittenShape.boosted(all, boost));
		}

		/**
		 * The point query Hibernate Search's filter of these versions comes to once rewritten (its
		 * long field is indexed as a {@link LongPoint}), without the constant score around it.
		 */
		@Override
		public PredicateFinalStep servedVersions(SearchPredicateFactory f, List<Long> versions) {
			return lucene(f, versions.size() == 1 ? LongPoint.newExactQuery(IndexFields.VERSION, versions.get(0))
					: LongPoint.newSetQuery(IndexFields.VERSION, versions));
		}

		private Query wordQuery(String word) {
			return this.words.computeIfAbsent(word, key -> {
				boolean whole = SearchQuery.writtenWithoutSpaces(word);
				List<Query> any = new ArrayList<>();
				for (AnalysedLanguage language : this.languages) {
					any.add(matchIn(analyser(language.queryAnalyzer()), word, whole, TextFields.of(language)));
				}
				Analyzer standard = analyser(Analysis.STANDARD_QUERY);
				any.add(whole ? phraseIn(standard, word, 0, TextFields.STANDARD_WORD) : matchIn(standard, word, false, TextFields.STANDARD_WORD));
				any.add(matchIn(analyser(Analysis.CODE), word, false, TextFields.CODE_WORD));
				return RewrittenShape.anyOf(any);
			});
		}

		private Query phraseQuery(String phrase, int slop) {
			return this.phrases.computeIfAbsent(new PhraseKey(phrase, slop), key -> {
				List<Query> any = new ArrayList<>();
				for (AnalysedLanguage language : this.languages) {
					any.add(phraseIn(analyser(language.queryAnalyzer()), phrase, slop, TextFields.of(language)));
				}
				any.add(phraseIn(analyser(Analysis.STANDARD_QUERY), phrase, slop, TextFields.STANDARD_PHRASE));
				any.add(phraseIn(analyser(Analysis.CODE), phrase, slop, TextFields.CODE_PHRASE));
				return RewrittenShape.anyOf(any);
			});
		}

		/** As {@link QueryPredicates#rankedWord}. */
		private Query rankedWord(String word, boolean misspelled) {
			return this.rankedWords.computeIfAbsent(new RankedKey(word, misspelled), key -> {
				List<Query> any = new ArrayList<>();
				any.add(wordQuery(word));
				boolean whole = SearchQuery.writtenWithoutSpaces(word);
				Query prefix = matchIn(analyser(Analysis.PREFIX_QUERY), word, whole,
						List.of(new TextFields.Boosted(IndexFields.TITLE_PREFIX, null)));
				any.add(RewrittenShape.boosted(prefix, QueryPredicates.TITLE_PREFIX_BOOST));
				int typos = misspelled ? SearchQuery.editDistance(word) : 0;
				if (typos > 0) {
					TextClauseQueries.this.typos.luceneQueries(word, typos).forEach(query -> any.add(RewrittenShape.of(query)));
				}
				if (whole) {
					any.add(RewrittenShape.boosted(phraseQuery(word, 0), QueryPredicates.PHRASE_BOOST));
				}
				List<String> parts = SearchQuery.partsOf(word);
				if (parts.size() > 1) {
					parts.forEach(part -> any.add(RewrittenShape.boosted(wordQuery(part), QueryPredicates.PART_BOOST)));
				}
				return RewrittenShape.anyOf(any);
			});
		}

		private Analyzer analyser(String name) {
			return TextClauseQueries.this.analysers.named(name);
		}

		private static PredicateFinalStep lucene(SearchPredicateFactory f, Query query) {
			return f.extension(LuceneExtension.get()).fromLuceneQuery(query);
		}

	}

	/**
	 * As Hibernate Search's match of a word in several fields of one analyser: a clause per field
	 * with its boost, the word analysed once.
	 *
	 * @param allTerms whether every term of the analysis must match (a minimum of 100%)
	 */
	private static Query matchIn(Analyzer analyzer, String word, boolean allTerms, List<TextFields.Boosted> fields) {
		return inFields(fields, field -> {
			Query query = new QueryBuilder(analyzer).createBooleanQuery(field, word);
			return query == null ? new MatchNoDocsQuery("No tokens after analysis of the value to match") : query;
		}, query -> allTerms ? allShouldMatch(query) : query);
	}

	/** As Hibernate Search's phrase predicate in several fields of one analyser. */
	private static Query phraseIn(Analyzer analyzer, String phrase, int slop, List<TextFields.Boosted> fields) {
		return inFields(fields, field -> {
			Query query = new QueryBuilder(analyzer).createPhraseQuery(field, phrase, slop);
			return query == null ? new MatchNoDocsQuery("No tokens after analysis of the phrase to match") : query;
		}, UnaryOperator.identity());
	}

	/** The query {@code build} gives for the first field, in each field (built again where it cannot be moved). */
	private static Query inFields(List<TextFields.Boosted> fields, Function<String, Query> build, UnaryOperator<Query> constrain) {
		List<Query> any = new ArrayList<>();
		Query first = null;
		for (TextFields.Boosted boosted : fields) {
			Query query = first == null ? null : inField(first, boosted.field());
			if (query == null) {
				query = build.apply(boosted.field());
			}
			if (first == null) {
				first = query;
			}
			Query constrained = RewrittenShape.of(constrain.apply(query));
			any.add(boosted.boost() == null ? constrained : RewrittenShape.boosted(constrained, boosted.boost()));
		}
		return RewrittenShape.anyOf(any);
	}

	/**
	 * The same query in another field, for the query types an analysis gives without stacked tokens;
	 * {@code null} for any other (a synonym's, a code word's parts), which is then built for that field.
	 */
	static Query inField(Query query, String field) {
		if (query instanceof TermQuery term) {
			return new TermQuery(new Term(field, term.getTerm().bytes()));
		}
		if (query instanceof MatchNoDocsQuery) {
			return query;
		}
		if (query instanceof PhraseQuery phrase) {
			PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
			Term[] terms = phrase.getTerms();
			int[] positions = phrase.getPositions();
			for (int i = 0; i < terms.length; i++) {
				builder.add(new Term(field, terms[i].bytes()), positions[i]);
			}
			return builder.build();
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				Query inner = inField(clause.getQuery(), field);
				if (inner == null) {
					return null;
				}
				builder.add(inner, clause.getOccur());
			}
			return builder.build();
		}
		return null;
	}

	/** As Hibernate Search's minimum of 100% of a match: every optional clause required, if there are any. */
	private static Query allShouldMatch(Query query) {
		if (!(query instanceof BooleanQuery bool)) {
			return query;
		}
		long should = bool.clauses().stream().filter(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD).count();
		if (should == 0) {
			return query;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch((int) should);
		bool.clauses().forEach(builder::add);
		return builder.build();
	}

}
