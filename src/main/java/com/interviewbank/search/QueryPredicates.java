package com.interviewbank.search;

import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a reader's query into a ranked Lucene query. Every word must match somewhere; documents
 * that match all words, a quoted phrase, or the exact title rank first. A word counts most in a
 * title, then a subsection heading, then prose, then code; it may carry typos in proportion to
 * its length, and may be the start of a title word.
 *
 * <p>
 * {@code languages} are the analysed languages of the guides served: only their fields are
 * searched, so a query's clauses do not grow with languages the bank does not hold.
 */
final class QueryPredicates {

	private static final float ALL_WORDS_BOOST = 20f;

	private static final float EXACT_TITLE_BOOST = 50f;

	/** A compound, or a word written without spaces, found with its words together. */
	static final float PHRASE_BOOST = 3f;

	/** A word found as the start of a title word. */
	static final float TITLE_PREFIX_BOOST = 1.5f;

	/** A part of a dotted name ("wraps" of "functools.wraps"). */
	static final float PART_BOOST = 0.5f;

	/**
	 * Above this many words, the words-together clauses are left out: synonyms of each word would
	 * multiply into more clauses than Lucene allows.
	 */
	private static final int MAX_WORDS_TOGETHER = 5;

	private QueryPredicates() {
	}

	/**
	 * @param versions the guide versions this node serves, so a search never mixes two versions
	 * @param filters the guide, topic, tag and difficulty to keep to
	 */
	static PredicateFinalStep of(SearchPredicateFactory f, TextClauses clauses, SearchQuery query, List<Long> versions,
			SearchFilters filters) {
		return of(f, clauses, query, versions, filters, Set.copyOf(query.words()));
	}

	/** Every question served that the filters keep, for a search by tag or difficulty alone. */
	static PredicateFinalStep filteredOnly(SearchPredicateFactory f, List<Long> versions, SearchFilters filters) {
		return f.bool(b -> servedOnly(f, b, servedVersions(f, versions), filters));
	}

	/**
	 * @param misspelled the words the index does not hold as typed: only they are matched with typos
	 * (building a typo automaton costs more than the rest of a search)
	 */
	static PredicateFinalStep of(SearchPredicateFactory f, TextClauses clauses, SearchQuery query, List<Long> versions,
			SearchFilters filters, Set<String> misspelled) {
		return f.bool(b -> {
			servedOnly(f, b, clauses.servedVersions(f, versions), filters);
			for (String phrase : query.phrases()) {
				b.must(clauses.phrase(f, phrase, 0));
			}
			List<String> words = query.words();
			if (!words.isEmpty()) {
				b.must(clauses.anyWord(f, words, misspelled));
				if (words.size() > 1) {
					b.should(clauses.allWords(f, words, misspelled, ALL_WORDS_BOOST));
				}
				if (words.size() > 1 && words.size() <= MAX_WORDS_TOGETHER) {
					// The words as a phrase, synonyms included: "virtual machine" also finds "VM".
					b.should(clauses.phrase(f, String.join(" ", words), 2, ALL_WORDS_BOOST));
				}
			}
			for (String compound : query.compounds()) {
				b.should(clauses.phrase(f, compound, 0, PHRASE_BOOST));
			}
			b.should(f.match().field(IndexFields.TITLE_EXACT).matching(query.normalized()).boost(EXACT_TITLE_BOOST));
		});
	}

	/**
	 * These questions, scored by the words as typed and those a misspelled search meant: what the
	 * snippets highlight.
	 *
	 * @param standard whether the snippets come from the standard fields too
	 * @param words the words to highlight
	 */
	static PredicateFinalStep highlightTerms(SearchPredicateFactory f, Set<AnalysedLanguage> languages, boolean standard,
			List<String> words, SearchQuery query, List<Long> ids) {
		return f.bool(b -> {
			// One term per id, not a set of terms: the fast vector highlighter rewrites a set (a
			// multi-term query) against the index for every field of every hit it highlights.
			b.filter(f.bool(any -> ids.forEach(id -> any.should(f.id().matching(id)))));
			for (String word : words) {
				for (AnalysedLanguage language : languages) {
					b.should(f.match().field(language.proseField()).field(language.headingsField()).matching(word));
				}
				if (standard) {
					b.should(f.match().field(IndexFields.PROSE_STD).field(IndexFields.HEADINGS_STD).matching(word));
				}
			}
			for (String phrase : query.phrases()) {
				for (AnalysedLanguage language : languages) {
					b.should(f.phrase().field(language.proseField()).field(language.headingsField()).matching(phrase));
				}
				if (standard) {
					b.should(f.phrase().field(IndexFields.PROSE_STD).field(IndexFields.HEADINGS_STD).matching(phrase));
				}
			}
		});
	}

	/** Titles with words that start with each word typed, for suggestions as you type. */
	static PredicateFinalStep titlePrefixes(SearchPredicateFactory f, TextClauses clauses, SearchQuery query, List<Long> versions) {
		return f.bool(b -> {
			servedOnly(f, b, clauses.servedVersions(f, versions), SearchFilters.NONE);
			query.terms().forEach(word -> b.must(titlePrefix(f, word)));
			b.should(f.match().field(IndexFields.TITLE_EXACT).matching(query.normalized()).boost(EXACT_TITLE_BOOST));
			b.should(f.prefix().field(IndexFields.TITLE_EXACT).matching(query.normalized()).boost(EXACT_TITLE_BOOST));
			b.should(f.bool(titles -> query.terms().forEach(word -> titles.should(clauses.word(f, word)))));
		});
	}

	/**
	 * Title words that start with this word. The prefix field holds Chinese characters one by one,
	 * so a Chinese word needs all of its characters there, not any one of them.
	 */
	private static MatchPredicateOptionsStep<?> titlePrefix(SearchPredicateFactory f, String word) {
		var match = f.match().field(IndexFields.TITLE_PREFIX).matching(word);
		return SearchQuery.writtenWithoutSpaces(word) ? match.minimumShouldMatchPercent(100) : match;
	}

	/** The questions of these guide versions (a filter: it scores nothing). */
	static PredicateFinalStep servedVersions(SearchPredicateFactory f, List<Long> versions) {
		return f.terms().field(IndexFields.VERSION).matchingAny(versions);
	}

	/** @param served the filter of the guide versions served ({@link #servedVersions}) */
	private static void servedOnly(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, PredicateFinalStep served,
			SearchFilters filters) {
		b.filter(served);
		if (filters.guide() != null) {
			b.filter(f.match().field(IndexFields.GUIDE).matching(filters.guide()));
		}
		if (filters.topicKey() != null) {
			b.filter(f.match().field(IndexFields.TOPIC).matching(filters.topicKey()));
		}
		if (filters.tag() != null) {
			b.filter(f.match().field(IndexFields.TAG).matching(filters.tag()));
		}
		if (filters.difficulty() != null) {
			b.filter(f.match().field(IndexFields.DIFFICULTY).matching(filters.difficulty()));
		}
	}

	/** Whether a word is in the index as typed, in any text field. */
	static PredicateFinalStep spelledAsTyped(SearchPredicateFactory f, TextClauses clauses, String word, List<Long> versions) {
		return f.bool(b -> {
			servedOnly(f, b, clauses.servedVersions(f, versions), SearchFilters.NONE);
			b.must(clauses.word(f, word));
		});
	}

	/**
	 * A word as a query ranks it: as typed in any text field, as the start of a title word, with
	 * typos if misspelled, its segmented words together if written without spaces, and the parts of
	 * a dotted name. On the Lucene backend the same clauses are built by {@link TextClauseQueries}.
	 */
	static PredicateFinalStep rankedWord(SearchPredicateFactory f, TextClauses clauses, String word, boolean misspelled,
			TypoPredicates typoPredicates) {
		int typos = misspelled ? SearchQuery.editDistance(word) : 0;
		return f.bool(any -> {
			any.should(clauses.word(f, word));
			any.should(titlePrefix(f, word).boost(TITLE_PREFIX_BOOST));
			if (typos > 0) {
				typoPredicates.addTo(any, f, word, typos);
			}
			// A word written without spaces ranks higher where its segmented words stand together.
			if (SearchQuery.writtenWithoutSpaces(word)) {
				any.should(clauses.phrase(f, word, 0, PHRASE_BOOST));
			}
			// A dotted name also matches its parts: "functools.wraps" finds "wraps".
			List<String> parts = SearchQuery.partsOf(word);
			if (parts.size() > 1) {
				parts.forEach(part -> any.should(f.bool().with(p -> p.should(clauses.word(f, part))).boost(PART_BOOST)));
			}
		});
	}

	/**
	 * A word in any text field. A word of a language written without spaces (Chinese: 字节码,
	 * 分布式锁) must be there whole: all of its segmented words in a language's fields, or its
	 * characters in a row in the standard fields (which hold them one by one); otherwise any
	 * question holding one of its characters would match. On the Lucene backend the same clauses
	 * are built by {@link TextClauseQueries}, which must change with them.
	 */
	static PredicateFinalStep exactWord(SearchPredicateFactory f, Set<AnalysedLanguage> languages, String word) {
		boolean whole = SearchQuery.writtenWithoutSpaces(word);
		return f.bool(any -> {
			for (AnalysedLanguage language : languages) {
				var match = match(f, TextFields.of(language), word);
				any.should(whole ? match.minimumShouldMatchPercent(100) : match);
			}
			any.should(whole ? phrase(f, TextFields.STANDARD_WORD, word) : match(f, TextFields.STANDARD_WORD, word));
			any.should(match(f, TextFields.CODE_WORD, word));
		});
	}

	/** A phrase in any text field. On the Lucene backend the same clauses are built by {@link TextClauseQueries}. */
	static BooleanPredicateClausesStep<?, ?> phrase(SearchPredicateFactory f, Set<AnalysedLanguage> languages, String phrase, int slop) {
		var any = f.bool();
		for (AnalysedLanguage language : languages) {
			any.should(phrase(f, TextFields.of(language), phrase).slop(slop));
		}
		any.should(phrase(f, TextFields.STANDARD_PHRASE, phrase).slop(slop));
		any.should(phrase(f, TextFields.CODE_PHRASE, phrase).slop(slop));
		return any;
	}

	/** A match in these fields, each with its boost. */
	private static MatchPredicateOptionsStep<?> match(SearchPredicateFactory f, List<TextFields.Boosted> fields, String word) {
		MatchPredicateFieldMoreStep<?, ?> step = null;
		for (TextFields.Boosted field : fields) {
			step = step == null ? f.match().field(field.field()) : step.field(field.field());
			if (field.boost() != null) {
				step = step.boost(field.boost());
			}
		}
		return step.matching(word);
	}

	/** A phrase in these fields, each with its boost. */
	private static PhrasePredicateOptionsStep<?> phrase(SearchPredicateFactory f, List<TextFields.Boosted> fields, String phrase) {
		PhrasePredicateFieldMoreStep<?, ?, ?> step = null;
		for (TextFields.Boosted field : fields) {
			step = step == null ? f.phrase().field(field.field()) : step.field(field.field());
			if (field.boost() != null) {
				step = step.boost(field.boost());
			}
		}
		return step.matching(phrase);
	}

}
