package com.interviewbank.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.QueryBuilder;
import org.jsoup.nodes.Entities;

/**
 * The words of a query marked in a text as one field of the index would match them: the text
 * analysed as the field indexes it, each term that a word of the query analyses to marked
 * (stems, synonyms and all), and each quoted phrase, or synonym of several words, marked as one
 * span where its terms stand in a row. This is what the backend's highlighter did from term vectors and a second query, at a
 * fraction of the cost (docs/ARCHITECTURE.md, search). The query is analysed once, then any number of texts are marked.
 */
final class TextMarks {

	/** The most characters of a text looked at for marks: the rest of a very long answer is not. */
	static final int MAX_TEXT = 20_000;

	/** How much of the text before the first mark a fragment shows. */
	private static final int LEAD = 40;

	private final TextAnalysis textAnalysis;

	/** Each term to mark, and the word of the query it stands for. */
	private final Map<String, String> terms;

	private final List<Phrase> phrases;

	/** The hash codes of the terms a mark can start with: each term to mark, each phrase's first. */
	private final int[] startHashes;

	/** A bit for each of {@link #startHashes} (by its lowest six bits), to pass over most tokens at once. */
	private final long startBits;

	private TextMarks(TextAnalysis textAnalysis, Map<String, String> terms, List<Phrase> phrases) {
		this.textAnalysis = textAnalysis;
		this.terms = terms;
		this.phrases = phrases;
		this.startHashes = Stream
			.concat(terms.keySet().stream(), phrases.stream().map(phrase -> phrase.terms().get(0).text()))
			.mapToInt(String::hashCode)
			.distinct()
			.toArray();
		long bits = 0;
		for (int hash : this.startHashes) {
			bits |= 1L << (hash & 63);
		}
		this.startBits = bits;
	}

	/** The tokens of a text as its field's analyser gives them ({@link AnalysedToken#of}, up to {@link #MAX_TEXT}). */
	@FunctionalInterface
	interface TextAnalysis {

		AnalysedText analysed(String text);

	}

	/** Terms to mark where they stand in a row, and the word or phrase of the query they stand for. */
	private record Phrase(List<AnalysedToken> terms, String searched) {
	}

	/** A run of marked text, and which of the query's words or phrases it holds. */
	private record Span(int start, int end, Set<String> matched) {
	}

	/**
	 * @param textAnalysis the analyser of the text indexed in {@code field}
	 * @param queryAnalysis the analyser of a query on it
	 */
	static TextMarks of(Analyzer textAnalysis, Analyzer queryAnalysis, String field, List<String> words,
			List<String> phrases) {
		return of(textAnalysis, text -> AnalysedText.of(AnalysedToken.of(textAnalysis, field, text, MAX_TEXT)),
				queryAnalysis, field, words, phrases);
	}

	/**
	 * As {@link #of(Analyzer, Analyzer, String, List, List)}, with the texts' tokens from
	 * {@code texts} (kept ones: {@link AnalysedTexts}).
	 */
	static TextMarks of(Analyzer textAnalysis, TextAnalysis texts, Analyzer queryAnalysis, String field,
			List<String> words, List<String> phrases) {
		Map<String, String> terms = new HashMap<>();
		List<Phrase> phraseTerms = new ArrayList<>();
		for (String word : words) {
			collect(queryAnalysis, field, word, terms, phraseTerms);
		}
		for (String phrase : phrases) {
			// As the text is analysed, so its terms stand in a row as the text's would (a query's
			// synonyms would stack alternatives on one position).
			List<AnalysedToken> analysed = AnalysedToken.of(textAnalysis, field, phrase, Integer.MAX_VALUE);
			if (analysed.size() == 1) {
				terms.putIfAbsent(analysed.get(0).text(), phrase);
			}
			else if (!analysed.isEmpty()) {
				phraseTerms.add(new Phrase(analysed, phrase));
			}
		}
		return new TextMarks(texts, Map.copyOf(terms), List.copyOf(phraseTerms));
	}

	/**
	 * The terms a word searched matches, as Lucene's query builder reads its analysis: a synonym of
	 * several words ("GIL": global interpreter lock) is a phrase, marked only where its words stand
	 * in a row, not each of its words wherever it is.
	 */
	private static void collect(Analyzer queryAnalysis, String field, String word, Map<String, String> terms,
			List<Phrase> phrases) {
		QueryBuilder builder = new QueryBuilder(queryAnalysis);
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		Query query = builder.createBooleanQuery(field, word);
		if (query == null) {
			return;
		}
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query leaf, Term... matched) {
				if (leaf instanceof PhraseQuery phrase) {
					List<AnalysedToken> inARow = new ArrayList<>();
					for (int i = 0; i < phrase.getTerms().length; i++) {
						inARow.add(new AnalysedToken(phrase.getTerms()[i].text(), phrase.getPositions()[i], 0, 0));
					}
					phrases.add(new Phrase(List.copyOf(inARow), word));
				}
				else {
					for (Term term : matched) {
						terms.putIfAbsent(term.text(), word);
					}
				}
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}

		});
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
		if (text.length() <= length) {
			return render(text, spans, 0, text.length());
		}
		Window best = null;
		int bestScore = -1;
		for (Span first : spans) {
			Window window = Window.around(text, first, length);
			int score = score(spans, window);
			if (score > bestScore) {
				best = window;
				bestScore = score;
			}
		}
		return render(text, spans, best.from(), best.to());
	}

	/**
	 * The part of a text a fragment shows: from a little before a mark, at the start of a word,
	 * for about {@code length} characters, to the end of a word (the mark whole, however long).
	 */
	private record Window(int from, int to) {

		static Window around(String text, Span first, int length) {
			int from = wordStartAtOrAfter(text, Math.max(0, first.start() - LEAD), first.start());
			int to = Math.max(first.end(), wordEndAtOrBefore(text, Math.min(text.length(), from + length), first.end()));
			return new Window(from, to);
		}

	}

	/** The lines of a text (apart by {@code \n}) with a mark, in order, as plain text. */
	List<String> markedLines(String text) {
		List<String> lines = new ArrayList<>();
		int lineEnd = -1;
		for (Span span : spans(text)) {
			if (span.start() > lineEnd) {
				int lineStart = text.lastIndexOf('\n', span.start()) + 1;
				lineEnd = text.indexOf('\n', span.start());
				lineEnd = lineEnd < 0 ? text.length() : lineEnd;
				lines.add(text.substring(lineStart, lineEnd));
			}
		}
		return lines;
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
		return Entities.escape(text.substring(0, end > 0 ? end : notInAPair(text, length)));
	}

	/** Distinct words first (a window with every word beats one with the same word thrice), then marks. */
	private static int score(List<Span> spans, Window window) {
		Set<String> matched = new HashSet<>();
		int marks = 0;
		for (Span span : spans) {
			if (span.start() >= window.from() && span.end() <= window.to()) {
				matched.addAll(span.matched());
				marks++;
			}
		}
		return matched.size() * 1000 + Math.min(marks, 999);
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
		return Math.max(limit, notInAPair(text, at));
	}

	/** A cut at {@code at}, moved back one if it would split a surrogate pair (an emoji, a rare Han character). */
	private static int notInAPair(String text, int at) {
		return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
	}

	/** The marks in a text, in order, those that overlap or touch merged into one. */
	private List<Span> spans(String text) {
		if (isEmpty() || text == null || text.isEmpty()) {
			return List.of();
		}
		AnalysedText analysed = this.textAnalysis.analysed(text);
		List<AnalysedToken> tokens = analysed.tokens();
		int[] hashes = analysed.termHashes();
		List<Span> found = new ArrayList<>();
		for (int i = 0; i < hashes.length; i++) {
			if (!mayStartMark(hashes[i])) {
				continue;
			}
			AnalysedToken token = tokens.get(i);
			String word = this.terms.get(token.text());
			if (word != null) {
				found.add(new Span(token.start(), token.end(), Set.of(word)));
			}
			for (Phrase phrase : this.phrases) {
				int last = phraseEndingAt(tokens, i, phrase.terms());
				if (last >= 0) {
					found.add(new Span(token.start(), tokens.get(last).end(), Set.of(phrase.searched())));
				}
			}
		}
		found.sort(java.util.Comparator.comparingInt(Span::start));
		return merged(found);
	}

	/** Whether a term with this hash code may be a term to mark or a phrase's first (if not, it is neither). */
	private boolean mayStartMark(int termHash) {
		if ((this.startBits & (1L << (termHash & 63))) == 0) {
			return false;
		}
		for (int hash : this.startHashes) {
			if (hash == termHash) {
				return true;
			}
		}
		return false;
	}

	/** The index of the phrase's last token if the phrase starts at token {@code i}, else -1. */
	private static int phraseEndingAt(List<AnalysedToken> tokens, int i, List<AnalysedToken> phrase) {
		AnalysedToken first = tokens.get(i);
		int j = i;
		for (int p = 0; p < phrase.size(); p++) {
			AnalysedToken wanted = phrase.get(p);
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

}
