package com.interviewbank.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hits' texts analysed once and kept for the next search's snippets. */
class AnalysedTextsTests {

	private static final String ANSWER = "A decorator wraps a function; decorators compose. Then the wrapped function runs.";

	/** A stemming analyser that counts the texts it has read. */
	private static final class Counting extends Analyzer {

		final AtomicInteger texts = new AtomicInteger();

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream counted = new TokenFilter(new PorterStemFilter(new LowerCaseFilter(tokenizer))) {

				@Override
				public boolean incrementToken() throws IOException {
					return this.input.incrementToken();
				}

				@Override
				public void reset() throws IOException {
					super.reset();
					Counting.this.texts.incrementAndGet();
				}

			};
			return new TokenStreamComponents(tokenizer, counted);
		}

	}

	@Test
	void analysesATextOnceForEverySearchThatShowsIt() {
		Counting analyzer = new Counting();
		AnalysedTexts kept = new AnalysedTexts();

		AnalysedText first = kept.of(analyzer, "prose").analysed(ANSWER);
		AnalysedText second = kept.of(analyzer, "prose").analysed(new String(ANSWER.toCharArray()));

		assertThat(analyzer.texts).hasValue(1);
		assertThat(second).isSameAs(first);
		assertThat(first.tokens()).isEqualTo(AnalysedToken.of(analyzer, "prose", ANSWER, TextMarks.MAX_TEXT));
		assertThat(first.tokens()).extracting(AnalysedToken::text).contains("decor", "wrap", "function");
		assertThat(first.termHashes()).containsExactly(first.tokens().stream().mapToInt(token -> token.text().hashCode()).toArray());
	}

	@Test
	void analysesAgainForAnotherTextFieldOrAnalyser() {
		Counting analyzer = new Counting();
		Counting another = new Counting();
		AnalysedTexts kept = new AnalysedTexts();

		kept.of(analyzer, "prose").analysed(ANSWER);
		kept.of(analyzer, "prose").analysed(ANSWER + " More.");
		kept.of(analyzer, "headings").analysed(ANSWER);
		kept.of(another, "prose").analysed(ANSWER);

		assertThat(analyzer.texts).hasValue(3);
		assertThat(another.texts).hasValue(1);
	}

	@Test
	void marksAKeptTextAsAFreshAnalysisDoes() {
		Counting analyzer = new Counting();
		Counting keptAnalyzer = new Counting();
		AnalysedTexts kept = new AnalysedTexts();
		TextMarks fresh = TextMarks.of(analyzer, analyzer, "prose", List.of("decorators", "run"), List.of("wrapped function"));
		TextMarks fromKept = TextMarks.of(keptAnalyzer, kept.of(keptAnalyzer, "prose"), keptAnalyzer, "prose",
				List.of("decorators", "run"), List.of("wrapped function"));

		String expected = fresh.fragment(ANSWER, 200);
		assertThat(fromKept.fragment(ANSWER, 200)).isEqualTo(expected);
		int analysed = keptAnalyzer.texts.get();
		assertThat(fromKept.fragment(ANSWER, 200)).isEqualTo(expected)
			.contains("<mark>decorator</mark>", "<mark>wrapped function</mark>", "<mark>runs</mark>");
		assertThat(keptAnalyzer.texts).as("the second fragment's text came from the kept analysis").hasValue(analysed);
	}

}
