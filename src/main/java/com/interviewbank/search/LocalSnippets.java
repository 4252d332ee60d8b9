package com.interviewbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Snippets marked in this process, on the Lucene backend: each hit's stored prose and headings
 * analysed again by the index's own analysers ({@link TextMarks}), the query analysed once per
 * search. The backend's fast vector highlighter cost a second query, a read of every hit's term
 * vectors and a rebuild of its terms to mark for every field of every hit: a third of a search, in
 * the profile of issue 15. On Elasticsearch/OpenSearch the analysers live in the cluster, so the
 * cluster highlights ({@link #available()} is false).
 */
@Component
class LocalSnippets {

	private final LuceneAnalysers analysers;

	LocalSnippets(LuceneAnalysers analysers) {
		this.analysers = analysers;
	}

	boolean available() {
		return this.analysers.available();
	}

	/**
	 * The marks of a query in each snippet field's analysis: each analysed language served first,
	 * then, if {@code standard}, the standard fields' (as {@link ServedLanguages#standardSnippets}).
	 */
	Marker marker(SearchQuery query, Set<AnalysedLanguage> languages, boolean standard) {
		List<TextMarks> analyses = new ArrayList<>();
		for (AnalysedLanguage language : languages) {
			analyses.add(marks(language.analyzer(), language.queryAnalyzer(), language.proseField(), query));
		}
		if (standard) {
			analyses.add(marks(Analysis.STANDARD, Analysis.STANDARD_QUERY, IndexFields.PROSE_STD, query));
		}
		return new Marker(List.copyOf(analyses));
	}

	private TextMarks marks(String analyzer, String queryAnalyzer, String field, SearchQuery query) {
		return TextMarks.of(this.analysers.named(analyzer), this.analysers.named(queryAnalyzer), field, query.words(),
				query.phrases());
	}

	/** One search's marks, for each of its hits. */
	record Marker(List<TextMarks> analyses) {

		/** A hit's snippet: the first analysis that marks something in its prose, else its opening. */
		String snippet(String prose, int length) {
			String text = prose == null ? "" : prose;
			for (TextMarks marks : this.analyses) {
				String fragment = marks.fragment(text, length);
				if (fragment != null) {
					return fragment;
				}
			}
			return TextMarks.opening(text, length);
		}

		/** The first heading (of a hit's headings, one per line) with a mark, or null. */
		String markedHeading(String headings) {
			if (headings == null || headings.isEmpty()) {
				return null;
			}
			for (TextMarks marks : this.analyses) {
				String line = marks.firstMarkedLine(headings);
				if (line != null) {
					return line;
				}
			}
			return null;
		}

	}

}
