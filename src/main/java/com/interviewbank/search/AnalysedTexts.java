package com.interviewbank.search;

import org.apache.lucene.analysis.Analyzer;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The texts of hits as the index's analysers read them, kept for the next search that shows the
 * same hit ({@link TextMarks}): analysing a hit's answer again on every search was most of the
 * work of marking snippets, and an answer is shown by many searches. Kept by the text itself and
 * the analyser (never by a question's id), so new content can never be marked by an old
 * analysis; a text no search shows any more leaves as others come.
 */
@Component
class AnalysedTexts {

	/**
	 * The memory kept texts may take: the seed (22,000 words, 151 KB) analysed in two ways (its
	 * language's and the standard analysis) weighs about 5 MB by the estimate below.
	 */
	private static final long KEPT_BYTES = 16L * 1024 * 1024;

	/** What a token kept weighs, its term and its term's hash code included (an estimate for the cache's bound). */
	private static final int TOKEN_BYTES = 100;

	/** What an entry weighs besides its text and tokens: the cache's node, the key, the list. */
	private static final int ENTRY_BYTES = 128;

	private final Cache<Key, AnalysedText> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((Key key, AnalysedText analysed) -> ENTRY_BYTES + 2 * key.text().length()
				+ TOKEN_BYTES * analysed.tokens().size())
		.build();

	/** The analyser is compared by identity: it has no equality of its own. */
	private record Key(Analyzer analyzer, String field, String text) {
	}

	/** A text as {@link AnalysedToken#of} gives it, up to {@link TextMarks#MAX_TEXT} characters. */
	TextMarks.TextAnalysis of(Analyzer analyzer, String field) {
		return text -> {
			// Analysed outside the cache's lock, which would hold up other texts meanwhile: two
			// searches may analyse one text at once, and the second's tokens replace the first's, equal.
			Key key = new Key(analyzer, field, text);
			AnalysedText analysed = this.kept.getIfPresent(key);
			if (analysed == null) {
				analysed = AnalysedText.of(AnalysedToken.of(analyzer, field, text, TextMarks.MAX_TEXT));
				this.kept.put(key, analysed);
			}
			return analysed;
		};
	}

}
