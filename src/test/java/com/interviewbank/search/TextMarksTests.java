package com.interviewbank.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
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
	void marksNoTermThatOnlySharesAHashCodeWithATermSearched() {
		assertThat("buzzards".hashCode()).isEqualTo("righto".hashCode());
		assertThat("hierarch".hashCode()).isEqualTo("crinolines".hashCode());
		TextMarks marks = TextMarks.of(UNSTEMMED, UNSTEMMED, "prose", List.of("buzzards"), List.of("hierarch rules"));
		assertThat(marks.fragment("righto, buzzards; crinolines rules, hierarch rules", 200))
			.isEqualTo("righto, <mark>buzzards</mark>; crinolines rules, <mark>hierarch rules</mark>");
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
	void findsEveryMarkedLineOfHeadingsInOrder() {
		TextMarks marks = marks(List.of("slots"), List.of());
		assertThat(marks.markedLines("Intro\nUsing slots wisely, slots\nOther\nSlot limits"))
			.containsExactly("Using slots wisely, slots", "Slot limits");
		assertThat(marks.markedLines("Intro\nOther")).isEmpty();
	}

	@Test
	void showsAShortTextWhole() {
		String text = "A short answer that names the target once and goes on for a while after it, past forty characters.";
		assertThat(marks(List.of("target"), List.of()).fragment(text, 200))
			.isEqualTo(text.replace("target", "<mark>target</mark>"));
	}

	@Test
	void marksASynonymOfSeveralWordsOnlyWhereTheyStandInARow() {
		// "rest" also means "representational state transfer", not "state" or "transfer" alone.
		TextMarks marks = TextMarks.of(UNSTEMMED, withRestSynonym(), "prose", List.of("rest"), List.of());
		assertThat(marks.fragment("The state of a transfer: REST is representational state transfer.", 200))
			.isEqualTo("The state of a transfer: <mark>REST</mark> is <mark>representational state transfer</mark>.");
		assertThat(marks.fragment("The state of a transfer.", 200)).isNull();
	}

	@Test
	void countsTheWordsSearchedNotTheirSynonymsWhenChoosingTheFragment() {
		TextMarks marks = TextMarks.of(UNSTEMMED, withRestSynonym(), "prose", List.of("rest", "python"), List.of());
		String text = "rest and representational state transfer " + "x ".repeat(150) + "python and REST";
		assertThat(marks.fragment(text, 60)).contains("<mark>python</mark>", "<mark>REST</mark>")
			.doesNotContain("representational");
	}

	@Test
	void marksNoPieceOfAWordCutByTheLengthLookedAt() {
		String text = "x ".repeat((TextMarks.MAX_TEXT - 4) / 2) + "decorators";
		assertThat(TextMarks.of(UNSTEMMED, UNSTEMMED, "prose", List.of("deco"), List.of()).fragment(text, 200)).isNull();
	}

	@Test
	void neverCutsACharacterInTwo() {
		String emoji = "\uD83D\uDE00";
		String text = "target" + emoji.repeat(150);
		String fragment = marks(List.of("target"), List.of()).fragment(text, 41);
		assertThat(fragment).startsWith("<mark>target</mark>").endsWith(emoji);
		assertThat(TextMarks.opening(emoji.repeat(10), 5)).isEqualTo(emoji.repeat(2));
	}

	@Test
	void usesTheQueryAnalysisForWordsAndTheTextAnalysisForTheText() {
		// An unstemmed query analysis looks for "decorators" itself, which the stemmed text never holds.
		TextMarks marks = TextMarks.of(STEMMED, UNSTEMMED, "prose", List.of("decorators"), List.of());
		assertThat(marks.fragment("decorators", 200)).isNull();
		assertThat(TextMarks.of(UNSTEMMED, UNSTEMMED, "prose", List.of("decorators"), List.of()).fragment("decorators", 200))
			.isEqualTo("<mark>decorators</mark>");
	}

	private static Analyzer withRestSynonym() {
		try {
			SynonymMap.Builder synonyms = new SynonymMap.Builder(true);
			synonyms.add(new CharsRef("rest"), SynonymMap.Builder.join(
					new String[] { "representational", "state", "transfer" }, new CharsRefBuilder()), true);
			SynonymMap map = synonyms.build();
			return new Analyzer() {

				@Override
				protected TokenStreamComponents createComponents(String fieldName) {
					Tokenizer tokenizer = new StandardTokenizer();
					return new TokenStreamComponents(tokenizer,
							new SynonymGraphFilter(new LowerCaseFilter(tokenizer), map, true));
				}

			};
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String plain(String fragment) {
		return fragment.replace("<mark>", "").replace("</mark>", "");
	}

}
