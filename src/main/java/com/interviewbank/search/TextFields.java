package com.interviewbank.search;

import java.util.List;

/**
 * The text fields a word or a phrase is matched in, grouped by the analyser they share, each with
 * its boost: a word counts most in a title, then a subsection heading, then prose, then code.
 * {@link QueryPredicates} matches in them through Hibernate Search's predicates,
 * {@link TextClauseQueries} through Lucene queries of its own; both read them here.
 */
final class TextFields {

	/** A field and its boost; {@code null}: none (a clause without a boost of its own). */
	record Boosted(String field, Float boost) {
	}

	/** The standard fields, for a word. */
	static final List<Boosted> STANDARD_WORD = List.of(new Boosted(IndexFields.TITLE_STD, 6f),
			new Boosted(IndexFields.HEADINGS_STD, 3f), new Boosted(IndexFields.PROSE_STD, 1f),
			new Boosted(IndexFields.TOPIC_TITLE, 3f));

	/** The code fields, for a word. */
	static final List<Boosted> CODE_WORD = List.of(new Boosted(IndexFields.TITLE_CODE, 6f), new Boosted(IndexFields.CODE, 1f));

	/** The standard fields, for a phrase. */
	static final List<Boosted> STANDARD_PHRASE = List.of(new Boosted(IndexFields.TITLE_STD, 10f),
			new Boosted(IndexFields.HEADINGS_STD, 5f), new Boosted(IndexFields.PROSE_STD, 2f),
			new Boosted(IndexFields.TOPIC_TITLE, 4f));

	/** The code fields, for a phrase: no boost. */
	static final List<Boosted> CODE_PHRASE = List.of(new Boosted(IndexFields.CODE, null), new Boosted(IndexFields.TITLE_CODE, null));

	private TextFields() {
	}

	/** A language's own fields, for a word or a phrase. */
	static List<Boosted> of(AnalysedLanguage language) {
		return List.of(new Boosted(language.titleField(), 10f), new Boosted(language.headingsField(), 5f),
				new Boosted(language.proseField(), 2f));
	}

}
