package com.interviewbank.markdown;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Russian word list is what its licensed source yields, and nothing else.
 */
class RussianWordsTests {

	@Test
	void shouldShipTheWordsCountedFromTheMitLicensedCorpus() {
		String corpus = Guides.text(Guides.CORPORA.resolve(Guides.YAKIMKA));
		assertThat(RussianWords.shipped()).isEqualTo(RussianWords.countIn(corpus)).containsEntry("функции", 90);
	}

	@Test
	void shouldShipAGlossaryOfLowerCaseRussianTermsThatTheModelLearnsToo() {
		assertThat(RussianWords.terms()).contains("куб", "результаты", "числа")
			.allSatisfy(term -> assertThat(term).matches("[а-яё]+"));
		assertThat(RussianWords.withTerms()).containsEntry("куб", 1)
			.containsEntry("функции", 91)
			.containsAllEntriesOf(Map.of("результаты", 2, "вся", 5));
	}

	@Test
	void shouldCountLowerCaseRussianWordsOnly() {
		assertThat(RussianWords.countIn("Функции и функции, function: ёлка Ёлка"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("функции", 2, "и", 1, "ёлка", 2));
	}

}
