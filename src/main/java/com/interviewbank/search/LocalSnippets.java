package com.interviewbank.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

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

	private final AnalysedTexts texts;

	LocalSnippets(LuceneAnalysers analysers, AnalysedTexts texts) {
		this.analysers = analysers;
		this.texts = texts;
	}

	boolean available() {
		return this.analysers.available();
	}

	/**
	 * The marks of a query's words and phrases in each analysed language served and, if {@code standard}, in the
	 * standard fields' analysis (as {@link ServedLanguages#standardSnippets}).
	 */
	Marker marker(List<String> words, List<String> phrases, Set<AnalysedLanguage> languages, boolean standard) {
		Map<AnalysedLanguage, TextMarks> byLanguage = new EnumMap<>(AnalysedLanguage.class);
		for (AnalysedLanguage language : languages) {
			byLanguage.put(language,
					marks(language.analyzer(), language.queryAnalyzer(), language.proseField(), words, phrases));
		}
		TextMarks standardMarks = standard
				? marks(Analysis.STANDARD, Analysis.STANDARD_QUERY, IndexFields.PROSE_STD, words, phrases) : null;
		return new Marker(byLanguage, standardMarks);
	}

	private TextMarks marks(String analyzer, String queryAnalyzer, String field, List<String> words,
			List<String> phrases) {
		Analyzer textAnalysis = this.analysers.named(analyzer);
		return TextMarks.of(textAnalysis, this.texts.of(textAnalysis, field), this.analysers.named(queryAnalyzer), field,
				words, phrases);
	}

	/**
	 * One search's marks, for each of its hits: a hit is marked in its guide's language first (the
	 * fields the index gave its text), then in the standard analysis, if the search uses it.
	 *
	 * @param standard the standard analysis's marks, or null
	 */
	record Marker(Map<AnalysedLanguage, TextMarks> byLanguage, TextMarks standard) {

		/**
		 * A hit's snippet: the first analysis that marks something in its prose, else its opening.
		 *
		 * @param language its guide's analysed language, if any
		 */
		String snippet(Optional<AnalysedLanguage> language, String prose, int length) {
			String text = prose == null ? "" : prose;
			for (TextMarks marks : analyses(language)) {
				String fragment = marks.fragment(text, length);
				if (fragment != null) {
					return fragment;
				}
			}
			return TextMarks.opening(text, length);
		}

		/** A hit's headings (one per line) with a mark, in order, from the first analysis that marks one. */
		List<String> markedHeadings(Optional<AnalysedLanguage> language, String headings) {
			if (headings == null || headings.isEmpty()) {
				return List.of();
			}
			for (TextMarks marks : analyses(language)) {
				List<String> lines = marks.markedLines(headings);
				if (!lines.isEmpty()) {
					return lines;
				}
			}
			return List.of();
		}

		private List<TextMarks> analyses(Optional<AnalysedLanguage> language) {
			List<TextMarks> analyses = new ArrayList<>(2);
			language.map(this.byLanguage::get).ifPresent(analyses::add);
			if (this.standard != null) {
				analyses.add(this.standard);
			}
			return analyses;
		}

	}

}
