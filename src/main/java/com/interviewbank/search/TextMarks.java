package com.interviewbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jsoup.nodes.Entities;

/**
 * The words of a query marked in a text as one field of the index would match them: the text
 * analysed as the field indexes it, each term that a word of the query analyses to marked
 * (stems, synonyms and all), and each quoted phrase marked as one span where its terms stand in a
 * row. This is what the backend's highlighter did from term vectors and a second query, at a
 * fraction of the cost (docs/ARCHITECTURE.md, search). The query is analysed once, then any number of texts are marked.
 */
final class TextMarks {

	/** The most characters of a text looked at for marks: the rest of a very long answer is not. */
	static final int MAX_TEXT = 20_000;

	/** How much of the text before the first mark a fragment shows. */
	private static final int LEAD = 40;

	private final Analyzer textAnalysis;

	private final String field;

	private final Set<String> terms;

	private final List<List<Term>> phrases;

	private TextMarks(Analyzer textAnalysis, String field, Set<String> terms, List<List<Term>> phrases) {
		this.textAnalysis = textAnalysis;
		this.field = field;
		this.terms = terms;
		this.phrases = phrases;
	}

	/** A term and its position, from an analysis. */
	private record Term(String text, int position, int start, int end) {
	}

	/** A run of marked text, and which of the query's terms or phrases it holds. */
	private record Span(int start, int end, Set<String> matched) {
	}

	/**
	 * @param textAnalysis the analyser of the text indexed in {@code field}
	 * @param queryAnalysis the analyser of a query on it
	 */
	static TextMarks of(Analyzer textAnalysis, Analyzer queryAnalysis, String field, List<String> words,
			List<String> phrases) {
		Set<String> terms = new HashSet<>();
		for (String word : words) {
			analyse(queryAnalysis, field, word, Integer.MAX_VALUE).forEach(term -> terms.add(term.text()));
		}
		List<List<Term>> phraseTerms = new ArrayList<>();
		for (String phrase : phrases) {
			// As the text is analysed, so its terms stand in a row as the text's would (a query's
			// synonyms would stack alternatives on one position).
			List<Term> analysed = analyse(textAnalysis, field, phrase, Integer.MAX_VALUE);
			if (analysed.size() == 1) {
				terms.add(analysed.get(0).text());
			}
			else if (!analysed.isEmpty()) {
				phraseTerms.add(analysed);
			}
		}
		return new TextMarks(textAnalysis, field, Set.copyOf(terms), List.copyOf(phraseTerms));
	}

	boolean isEmpty() {
		return this.terms.isEmpty() && this.phrases.isEmpty();
	}

	/**
	 * A fragment of about {@code length} characters around the marks (where most of the query's
	 * terms are), HTML-escaped with {@code <mark>} around them; null when nothing is marked.
	 */
	String fragment(String text, int length) {
		List<Span> spans = spans(text);
		if (spans.isEmpty()) {
			return null;
		}
		int best = 0;
		int bestScore = -1;
		for (int first = 0; first < spans.size(); first++) {
			int score = score(spans, first, windowEnd(spans.get(first).start(), length));
			if (score > bestScore) {
				best = first;
				bestScore = score;
			}
		}
		Span first = spans.get(best);
		int from = wordStartAtOrAfter(text, Math.max(0, first.start() - LEAD), first.start());
		int to = Math.max(first.end(), wordEndAtOrBefore(text, Math.min(text.length(), from + length), first.end()));
		return render(text, spans, from, to);
	}

	/** The first line of a text (lines apart by {@code \n}) with a mark, as plain text; null if none. */
	String firstMarkedLine(String text) {
		List<Span> spans = spans(text);
		if (spans.isEmpty()) {
			return null;
		}
		int at = spans.get(0).start();
		int lineStart = text.lastIndexOf('\n', at) + 1;
		int lineEnd = text.indexOf('\n', at);
		return text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
	}

	/**
	 * The beginning of a text, about {@code length} characters cut at a space, HTML-escaped: the
	 * snippet of a hit whose text holds no mark.
	 */
	static String opening(String text, int length) {
		if (text.length() <= length) {
			return Entities.escape(text);
		}
		int end = text.lastIndexOf(' ', length);
		return Entities.escape(text.substring(0, end > 0 ? end : length));
	}

	/** Distinct terms first (a window with every word beats one with the same word thrice), then marks. */
	private static int score(List<Span> spans, int first, int end) {
		Set<String> matched = new HashSet<>();
		int marks = 0;
		for (int i = first; i < spans.size() && spans.get(i).end() <= end; i++) {
			matched.addAll(spans.get(i).matched());
			marks++;
		}
		return matched.size() * 1000 + Math.min(marks, 999);
	}

	private static int windowEnd(int firstMarkStart, int length) {
		return Math.max(0, firstMarkStart - LEAD) + length;
	}

	private static String render(String text, List<Span> spans, int from, int to) {
		StringBuilder html = new StringBuilder(to - from + 64);
		int at = from;
		for (Span span : spans) {
			if (span.start() < from || span.end() > to) {
				continue;
			}
			html.append(Entities.escape(text.substring(at, span.start())))
				.append("<mark>")
				.append(Entities.escape(text.substring(span.start(), span.end())))
				.append("</mark>");
			at = span.end();
		}
		return html.append(Entities.escape(text.substring(at, to))).toString().strip();
	}

	private static int wordStartAtOrAfter(String text, int at, int limit) {
		if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
			return at;
		}
		for (int i = at; i < limit; i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i + 1;
			}
		}
		return limit;
	}

	private static int wordEndAtOrBefore(String text, int at, int limit) {
		if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
			return at;
		}
		for (int i = at; i > limit; i--) {
			if (Character.isWhitespace(text.charAt(i - 1))) {
				return i - 1;
			}
		}
		return at;
	}

	/** The marks in a text, in order, those that overlap or touch merged into one. */
	private List<Span> spans(String text) {
		if (isEmpty() || text == null || text.isEmpty()) {
			return List.of();
		}
		List<Term> tokens = analyse(this.textAnalysis, this.field, text, MAX_TEXT);
		List<Span> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Term token = tokens.get(i);
			if (this.terms.contains(token.text())) {
				found.add(new Span(token.start(), token.end(), Set.of(token.text())));
			}
			for (List<Term> phrase : this.phrases) {
				int last = phraseEndingAt(tokens, i, phrase);
				if (last >= 0) {
					found.add(new Span(token.start(), tokens.get(last).end(), Set.of(phraseKey(phrase))));
				}
			}
		}
		found.sort(java.util.Comparator.comparingInt(Span::start));
		return merged(found);
	}

	/** The index of the phrase's last token if the phrase starts at token {@code i}, else -1. */
	private static int phraseEndingAt(List<Term> tokens, int i, List<Term> phrase) {
		Term first = tokens.get(i);
		int j = i;
		for (int p = 0; p < phrase.size(); p++) {
			Term wanted = phrase.get(p);
			int position = first.position() + wanted.position() - phrase.get(0).position();
			while (j < tokens.size() && tokens.get(j).position() < position) {
				j++;
			}
			if (j >= tokens.size() || tokens.get(j).position() != position || !tokens.get(j).text().equals(wanted.text())) {
				return -1;
			}
		}
		return j;
	}

	private static String phraseKey(List<Term> phrase) {
		return phrase.stream().map(Term::text).reduce((a, b) -> a + " " + b).orElse("");
	}

	private static List<Span> merged(List<Span> sorted) {
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span.start() <= last.end()) {
				Set<String> matched = new HashSet<>(last.matched());
				matched.addAll(span.matched());
				merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), matched));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	/** The terms of a text as an analyser gives them, up to {@code maxChars} of it. */
	private static List<Term> analyse(Analyzer analyzer, String field, String text, int maxChars) {
		String analysed = text.length() > maxChars ? text.substring(0, maxChars) : text;
		List<Term> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream(field, analysed)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			int position = -1;
			while (tokens.incrementToken()) {
				position += increment.getPositionIncrement();
				terms.add(new Term(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
