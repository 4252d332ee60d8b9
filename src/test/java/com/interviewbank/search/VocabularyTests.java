package com.interviewbank.search;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a misspelled word was meant to be: the nearest word, the most frequent of the nearest. */
class VocabularyTests {

	@Test
	void findsTheNearestWordWithinTwoTyposForALongWordAndOneForAShortOne() {
		Vocabulary words = new Vocabulary(Map.of("decorator", 3, "generator", 5, "slots", 2, "gil", 4));

		assertThat(words.nearest("decoratr")).contains("decorator");
		assertThat(words.nearest("decortr")).contains("decorator");
		assertThat(words.nearest("decrtr")).isEmpty();
		assertThat(words.nearest("slts")).contains("slots");
		assertThat(words.nearest("slt")).as("a word under five letters may carry one typo").isEmpty();
		assertThat(words.nearest("gli")).isEmpty();
		assertThat(words.nearest("gl")).contains("gil");
	}

	@Test
	void prefersTheNearestThenTheMostFrequentThenTheFirstInAlphabeticalOrder() {
		assertThat(new Vocabulary(Map.of("coroutine", 1, "routine", 9)).nearest("corutine"))
			.as("one typo away beats two, whatever their frequencies")
			.contains("coroutine");
		assertThat(new Vocabulary(Map.of("lists", 9, "list", 2, "lisp", 1)).nearest("lisx"))
			.as("equally near: the most frequent")
			.contains("list");
		assertThat(new Vocabulary(Map.of("cast", 2, "case", 2, "cash", 2)).nearest("casx"))
			.as("equally near and frequent: the first in alphabetical order")
			.contains("case");
		assertThat(new Vocabulary(Map.of("abd", 1, "abcd", 1)).nearest("abxd"))
			.as("the first in alphabetical order, whatever its length")
			.contains("abcd");
	}

	@Test
	void findsTheSameCorrectionAgain() {
		Vocabulary words = new Vocabulary(Map.of("coroutine", 2, "routine", 7));

		assertThat(words.nearest("corutine")).contains("coroutine");
		assertThat(words.nearest("corutine")).contains("coroutine");
		assertThat(words.nearest("zzzzzzzz")).isEmpty();
		assertThat(words.nearest("zzzzzzzz")).isEmpty();
	}

	@Test
	void countsEditsAndStopsPastTheLimit() {
		assertThat(Vocabulary.distance("kitten", "sitting", 5)).isEqualTo(3);
		assertThat(Vocabulary.distance("kitten", "sitting", 1)).isEqualTo(2);
		assertThat(Vocabulary.distance("flask", "flask", 2)).isZero();
		assertThat(Vocabulary.distance("a", "abcd", 2)).isEqualTo(3);
	}

}
