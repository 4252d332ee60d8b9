package com.interviewbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A term an analyser made of a text, at its position, from the characters {@code start} to
 * {@code end} of the text: what the term dictionary is asked ({@link IndexTerms}) and what snippets
 * mark ({@link TextMarks}).
 */
record AnalysedToken(String text, int position, int start, int end) {

	/**
	 * The terms of a text as an analyser gives them, up to {@code maxChars} of it (a word the limit
	 * cuts left out).
	 */
	static List<AnalysedToken> of(Analyzer analyzer, String field, String text, int maxChars) {
		String analysed = text.length() > maxChars ? text.substring(0, maxChars) : text;
		List<AnalysedToken> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(field, analysed)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			int position = -1;
			while (tokens.incrementToken()) {
				position += increment.getPositionIncrement();
				terms.add(new AnalysedToken(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean cut = analysed.length() < text.length();
		if (cut && !terms.isEmpty() && terms.get(terms.size() - 1).end() >= analysed.length()) {
			// The last word was cut by the limit: its start is not a word of the text.
			terms.remove(terms.size() - 1);
		}
		return terms;
	}

	/** Only the terms of a text, whole. */
	static List<String> terms(Analyzer analyzer, String field, String text) {
		return of(analyzer, field, text, Integer.MAX_VALUE).stream().map(AnalysedToken::text).toList();
	}

}
