package com.interviewbank.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Marks in a text as an analysed field would match a query, without an index. */
class TextMarksTests {

	private static final Analyzer STEMMED = analyzer(true);

	private static final Analyzer UNSTEMMED = analyzer(false);

	private static Analyzer analyzer(boolean stemmed) {
		try {
			var builder = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase");
			return (stemmed ? builder.addTokenFilter("porterStem") : builder).build();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TextMarks marks(List<String> words, List<String> phrases) {
		return TextMarks.of(STEMMED, STEMMED, "prose", words, phrases);
	}

	@Test
	void marksEveryFormOfAStemmedWordAndEscapesTheRest() {
		String fragment = marks(List.of("decorators"), List.of())
			.fragment("A <b>decorator</b> decorates; Decorators & wrappers.", 200);
		assertThat(fragment).isEqualTo(
				"A &lt;b&gt;<mark>decorator</mark>&lt;/b&gt; <mark>decorates</mark>; <mark>Decorators</mark> &amp; wrappers.");
	}

	@Test
	void marksAQuotedPhraseAsOneSpanOnlyWhereItsWordsStandInARow() {
		TextMarks marks = marks(List.of(), List.of("three values"));
		assertThat(marks.fragment("the three values, not three of the values", 200))
			.isEqualTo("the <mark>three values</mark>, not three of the values");
		assertThat(marks.fragment("three of the values", 200)).isNull();
	}

	@Test
	void showsTheWindowWithTheMostDistinctWords() {
		String text = "garbage ".repeat(3) + "x ".repeat(200) + "the garbage collection runs";
		String fragment = marks(List.of("garbage", "collection"), List.of()).fragment(text, 60);
		assertThat(fragment).contains("<mark>garbage</mark> <mark>collection</mark>").doesNotStartWith("<mark>garbage");
		assertThat(fragment.replace("<mark>", "").replace("</mark>", "").length()).isLessThanOrEqualTo(60);
	}

	@Test
	void startsAndEndsAFragmentAtAWordBoundary() {
		String text = "word".repeat(20) + " alpha beta gamma delta target epsilon zeta eta theta iota kappa lambda";
		String fragment = marks(List.of("target"), List.of()).fragment(text, 40);
		assertThat(fragment).startsWith("alpha").contains("<mark>target</mark>");
		assertThat(text).contains(fragment.replace("<mark>", "").replace("</mark>", ""));
		int end = text.indexOf(plain(fragment)) + plain(fragment).length();
		assertThat(text.charAt(end)).isEqualTo(' ');
	}

	@Test
	void givesNullWhenNothingMatchesAndTheOpeningCutAtASpace() {
		assertThat(marks(List.of("absent"), List.of()).fragment("nothing here", 200)).isNull();
		assertThat(TextMarks.opening("one two <three> four", 12)).isEqualTo("one two");
		assertThat(TextMarks.opening("a < b", 200)).isEqualTo("a &lt; b");
	}

	@Test
	void findsTheFirstMarkedLineOfHeadings() {
		TextMarks marks = marks(List.of("slots"), List.of());
		assertThat(marks.firstMarkedLine("Intro\nUsing slots wisely\nSlot limits")).isEqualTo("Using slots wisely");
		assertThat(marks.firstMarkedLine("Intro\nOther")).isNull();
	}

	@Test
	void usesTheQueryAnalysisForWordsAndTheTextAnalysisForTheText() {
		// An unstemmed query analysis looks for "decorators" itself, which the stemmed text never holds.
		TextMarks marks = TextMarks.of(STEMMED, UNSTEMMED, "prose", List.of("decorators"), List.of());
		assertThat(marks.fragment("decorators", 200)).isNull();
		assertThat(TextMarks.of(UNSTEMMED, UNSTEMMED, "prose", List.of("decorators"), List.of()).fragment("decorators", 200))
			.isEqualTo("<mark>decorators</mark>");
	}

	private static String plain(String fragment) {
		return fragment.replace("<mark>", "").replace("</mark>", "");
	}

}
