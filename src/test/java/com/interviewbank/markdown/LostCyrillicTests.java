package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Russian words whose letters lost their second byte, read back by the letter model when it is
 * confident and left as they are when it is not.
 */
class LostCyrillicTests {

	private final TextRepairer repairer = new TextRepairer();

	/** Text as the seed was damaged: UTF-8 read as Latin-1, and the bytes 0x80–0x9F dropped. */
	static String damage(String text) {
		StringBuilder damaged = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int unsigned = b & 0xFF;
			if (unsigned < 0x80 || unsigned > 0x9F) {
				damaged.append((char) unsigned);
			}
		}
		return damaged.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "# Используем функции для всех значений", "// Проверяем результат: вызов функции",
			"Виды многозадачности и потоки" })
	void shouldRestoreRussianWordsTheModelIsSureOf(String russian) {
		String damaged = damage(russian) + " Ð¸";
		RepairReport report = this.repairer.repair(damaged);
		assertThat(report.text()).isEqualTo(russian + " и");
		assertThat(report.undecided()).isEmpty();
		assertThat(report.choices()).filteredOn(choice -> choice.kind() == RepairKind.CYRILLIC_LETTER)
			.hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(choice -> {
				assertThat(choice.confidence()).isBetween(LostCyrillic.MIN_CONFIDENCE, 1.0);
				assertThat(russian).contains(choice.restored());
			});
		assertThat(report.count(RepairKind.CYRILLIC_LETTER)).isEqualTo((int) lostLetters(russian)).isPositive();
	}

	/**
	 * Куб, Дуб and Зуб lose the same two bytes; the programming glossary knows only Куб, so a guide's
	 * code comment reads as Russian again.
	 */
	@Test
	void shouldPreferTheWordTheWordListsKnow() {
		String damaged = "print(f'" + damage("Куб числа") + " {x}') Ð¸";
		RepairReport report = this.repairer.repair(damaged);
		assertThat(report.text()).isEqualTo("print(f'Куб числа {x}') и");
		assertThat(report.choices()).filteredOn(choice -> choice.kind() == RepairKind.CYRILLIC_LETTER)
			.extracting(RepairChoice::restored)
			.containsExactly("Куб", "числа");
	}

	/** Пух, Мяч and Бур all lose their letters to «ÐÑÑ»; no list knows them and the model cannot tell. */
	@Test
	void shouldLeaveAWordItCannotDecideAndSayWhy() {
		String damaged = "print(f'" + damage("Пух") + " Ð¸')";
		RepairReport report = this.repairer.repair(damaged);
		assertThat(report.text()).isEqualTo("print(f'ÐÑÑ и')");
		assertThat(report.count(RepairKind.CYRILLIC_LETTER)).isZero();
		assertThat(report.undecided()).singleElement()
			.satisfies(warning -> assertThat(warning.message()).contains("«ÐÑÑ»", "confidence of only"));
	}

	/** A guess no word list knows must be far surer than a known word: Суп is left at 0.70. */
	@Test
	void shouldAskMoreOfAReadingNoWordListKnows() {
		RepairReport report = this.repairer.repair("print(f'" + damage("Суп") + " Ð¸')");
		assertThat(report.text()).startsWith("print(f'Ð¡Ñ");
		assertThat(report.undecided()).singleElement()
			.satisfies(warning -> assertThat(warning.message()).contains("«Суп»", "0.70"));
	}

	/** A run far longer than any word is no word: it is left and reported, not searched. */
	@Test
	void shouldLeaveARunLongerThanAnyWord() {
		String run = "Ð".repeat(5_000);
		RepairReport report = this.repairer.repair(run + " Ð¸");
		assertThat(report.text()).isEqualTo(run + " и");
		assertThat(report.count(RepairKind.CYRILLIC_LETTER)).isZero();
		assertThat(report.undecided()).singleElement()
			.satisfies(warning -> assertThat(warning.message()).contains("context cannot restore"));
	}

	@Test
	void shouldNotReadALetterGluedToALatinWord() {
		RepairReport report = this.repairer.repair("courage, and respectÑ; Ð¸");
		assertThat(report.text()).isEqualTo("courage, and respectÑ; и");
		assertThat(report.undecided()).singleElement()
			.satisfies(warning -> assertThat(warning.message()).contains("glued to a word"));
	}

	@Test
	void shouldOnlyApplyToCyrillicRunsThatLostBytes() {
		assertThat(LostCyrillic.applies(Mojibake.sequences("ÐÑÐ±"))).isTrue();
		assertThat(LostCyrillic.applies(Mojibake.sequences("ÐÑ".repeat(LostCyrillic.MAX_WORD_LETTERS / 2)))).isTrue();
		assertThat(LostCyrillic.applies(Mojibake.sequences("ÐÑ".repeat(LostCyrillic.MAX_WORD_LETTERS)))).isFalse();
		assertThat(LostCyrillic.applies(Mojibake.sequences("Ð¸Ð»Ð¸"))).isFalse();
		assertThat(LostCyrillic.applies(Mojibake.sequences("ð"))).isFalse();
	}

	/** The letters whose second UTF-8 byte is in 0x80–0x9F, which {@link #damage} drops. */
	private static long lostLetters(String russian) {
		return russian.chars().filter(c -> {
			byte[] bytes = String.valueOf((char) c).getBytes(StandardCharsets.UTF_8);
			return bytes.length == 2 && (bytes[1] & 0xFF) <= 0x9F;
		}).count();
	}

}
