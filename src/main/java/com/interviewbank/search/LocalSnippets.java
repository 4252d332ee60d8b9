package com.interviewbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

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

	private final EntityManagerFactory entityManagers;

	private final boolean available;

	LocalSnippets(EntityManagerFactory entityManagers, SearchProperties properties) {
		this.entityManagers = entityManagers;
		this.available = properties.backend() == SearchProperties.Backend.LUCENE;
	}

	boolean available() {
		return this.available;
	}

	/**
	 * The marks of a query in each snippet field's analysis: each analysed language served first,
	 * then, if {@code standard}, the standard fields' (as {@link ServedLanguages#standardSnippets}).
	 */
	Marker marker(SearchQuery query, Set<AnalysedLanguage> languages, boolean standard) {
		LuceneBackend backend = Search.mapping(this.entityManagers).backend().unwrap(LuceneBackend.class);
		List<TextMarks> analyses = new ArrayList<>();
		for (AnalysedLanguage language : languages) {
			analyses.add(marks(backend, language.analyzer(), language.queryAnalyzer(), language.proseField(), query));
		}
		if (standard) {
			analyses.add(marks(backend, Analysis.STANDARD, Analysis.STANDARD_QUERY, IndexFields.PROSE_STD, query));
		}
		return new Marker(List.copyOf(analyses));
	}

	private static TextMarks marks(LuceneBackend backend, String analyzer, String queryAnalyzer, String field,
			SearchQuery query) {
		return TextMarks.of(analyzer(backend, analyzer), analyzer(backend, queryAnalyzer), field, query.words(),
				query.phrases());
	}

	private static Analyzer analyzer(LuceneBackend backend, String name) {
		return backend.analyzer(name).orElseThrow(() -> new IllegalStateException("No analyser " + name));
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
