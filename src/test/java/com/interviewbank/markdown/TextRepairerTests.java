package com.interviewbank.markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mojibake repair: exact where the bytes are all there, from context where some were lost, and
 * never a guess where the context does not decide.
 */
class TextRepairerTests {

	private final TextRepairer repairer = new TextRepairer();

	/**
	 * The seed's damage, counted by hand from its text and asserted exactly. Each count is of
	 * restored characters:
	 * <ul>
	 * <li>12 whole sequences: и twice (a heading and its TOC line), е four times (е2е in a heading
	 * and its TOC line), Ω once, "ко" (2) and "или" (3) in the Cyrillic of two lines;</li>
	 * <li>137 lone {@code â}: 63 apostrophes, 46 quotation marks (23 pairs), 25 dashes (spaced em
	 * dashes, three em dashes joining words, four en dashes for the {@code --option}s of
	 * {@code python -m trace}), and 3 of the tree's vertical bars;</li>
	 * <li>27 box-drawing characters in the nine {@code âââ} branches of the packaging tree, so 30
	 * box-drawing characters in all;</li>
	 * <li>one ellipsis ({@code â¦});</li>
	 * <li>31 Cyrillic letters that lost their second byte, in the thirteen words the letter model
	 * reads with confidence: Куб twice (2 each), числа twice (2 each), Используем (4), для (1),
	 * применения (2), функции (3), всем (1), значениям (2), Результаты (5), Виды (2),
	 * многозадачности (3); the 32nd is glued to a Latin word ({@code respectÑ}) and left.</li>
	 * </ul>
	 */
	@Test
	void shouldRepairTheSeedAndCountEachKind() {
		RepairReport report = this.repairer.repair(Guides.text(Guides.SEED));
		assertThat(report.counts()).isEqualTo(Map.of(RepairKind.COMPLETE_SEQUENCE, 12, RepairKind.APOSTROPHE, 63,
				RepairKind.QUOTATION_MARK, 46, RepairKind.DASH, 25, RepairKind.BOX_DRAWING, 30, RepairKind.ELLIPSIS, 1,
				RepairKind.CYRILLIC_LETTER, 31));
		assertThat(report.text()).doesNotContain("canât", "donât", "itâs", "â");
		assertThat(report.text()).contains("can’t", "“value”", "globals() и locals()", "smoke, е2е.",
				"emoji ð is U+1F590, and for Ω is U+03A9", "(containers, user-defined objects…)");
	}

	@Test
	void shouldRestoreTheDirectoryTreeOfTheSeed() {
		String repaired = this.repairer.repair(Guides.text(Guides.SEED)).text();
		assertThat(repaired).contains("""
				packaging_tutorial/
				├── LICENSE
				├── pyproject.toml
				├── README.md
				├── setup.cfg
				├── src/
				│   └── example_package/
				│       ├── __init__.py
				│       └── example.py
				└── tests/
				""");
	}

	/**
	 * What is left: the emoji whose three continuation bytes were lost; Куб (twice), which could as
	 * well be Дуб or Зуб, and Результаты, which the corpus has as often in another case; and a lone
	 * {@code Ñ} glued to an English word.
	 */
	@Test
	void shouldReportWhatItCannotDecideWithItsLineAndLeaveItAsItIs() {
		String source = Guides.text(Guides.SEED);
		RepairReport report = this.repairer.repair(source);
		assertThat(report.undecided()).extracting(ParseWarning::line).containsExactly(403, 2598);
		assertThat(report.undecided().get(1).message()).contains("«Ñ»", "glued to a word");
		assertThat(report.text()).contains("print(f'Куб числа {x}: {result}')", "courage, and respectÑ");
	}

	@ParameterizedTest
	@MethodSource("com.interviewbank.markdown.Guides#all")
	void shouldLeaveCleanUtf8ByteForByte(Path guide) {
		if (guide.equals(Guides.SEED)) {
			return;
		}
		String clean = Guides.text(guide);
		RepairReport report = this.repairer.repair(clean);
		assertThat(report.text()).isEqualTo(clean);
		assertThat(report.total()).isZero();
		assertThat(report.undecided()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ð¸ or Î© here and there         | и or Ω here and there
			Ð\u00a0ÐµÐ·ÑÐ»ÑÑÐ°ÑÑ with all bytes   | Ð\u00a0ÐµÐ·ÑÐ»ÑÑÐ°ÑÑ with all bytes
			itâs cafÃ© canât                 | it’s café can’t
			I donât think itâs âgoodâ.       | I don’t think it’s “good”.
			âblack box,â where weâre; Ð¸     | “black box,” where we’re; и
			str type â which is bytes; Ð¸     | str type — which is bytes; и
			the openâclosed principle; Ð¸     | the open–closed principle; и
			Node.jsâ npm and classâ method; Ð¸ | Node.js’ npm and class’ method; и
			python -m trace âcount x.py; Ð¸   | python -m trace –count x.py; и
			windows cp1252: itâ€™s â€œokâ€�; Ã© | windows cp1252: it’s “okâ€�; é
			""")
	void shouldRepairFromContext(String damaged, String expected) {
		assertThat(this.repairer.repair(damaged).text()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			- `maxsize` â Number of items; Ð¸               | - `maxsize` – Number of items; и
			4. Event loop â how it works; Ð¸                 | 4. Event loop – how it works; и
			See pages 10â20; Ð¸                              | See pages 10–20; и
			two hierarchiesâabstraction and implementationâwhich; Ð¸ | two hierarchies—abstraction and implementation—which; и
			a new releaseâboth of which run; Ð¸              | a new release—both of which run; и
			so it is a string â it can be used; Ð¸           | so it is a string — it can be used; и
			- Abstraction for all of us â treating it; Ð¸    | - Abstraction for all of us — treating it; и
			""")
	void shouldChooseBetweenEnAndEmDashFromContext(String damaged, String expected) {
		assertThat(this.repairer.repair(damaged).text()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			In python 3.x, âasâ keyword is required; Ð¸    | In python 3.x, ‘as’ keyword is required; и
			prefix a literal with ârâ or âRâ; Ð¸           | prefix a literal with ‘r’ or ‘R’; и
			prints âhelloâ, then âworldâ; Ð¸               | prints “hello”, then “world”; и
			the flavor of âliterate testingâ; Ð¸           | the flavor of “literate testing”; и
			""")
	void shouldChooseBetweenSingleAndDoubleQuotationMarksFromContext(String damaged, String expected) {
		assertThat(this.repairer.repair(damaged).text()).isEqualTo(expected);
	}

	/** Every dash and quotation mark chosen from context is reported, with its line and the rule. */
	@Test
	void shouldReportEachDashAndQuotationMarkItChose() {
		RepairReport report = this.repairer.repair(Guides.text(Guides.SEED));
		List<RepairChoice> dashes = report.choices().stream().filter(c -> c.kind() == RepairKind.DASH).toList();
		assertThat(dashes).hasSize(report.count(RepairKind.DASH));
		assertThat(dashes.stream().filter(c -> c.restored().contains("–")).map(RepairChoice::line))
			.containsExactly(767, 1134, 1135, 1136, 1136, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 2362);
		assertThat(dashes.stream().filter(RepairChoice::uncertain).map(RepairChoice::line))
			.containsExactly(406, 407, 767, 911, 1619, 1619, 2308, 2487);
		assertThat(dashes).filteredOn(c -> c.line() == 1551)
			.singleElement()
			.satisfies(c -> assertThat(c.restored()).contains("`maxsize` – Number"))
			.satisfies(c -> assertThat(c.reason()).contains("list item"));
		List<RepairChoice> quotes = report.choices()
			.stream()
			.filter(c -> c.kind() == RepairKind.QUOTATION_MARK)
			.toList();
		assertThat(quotes).hasSize(report.count(RepairKind.QUOTATION_MARK));
		assertThat(quotes.stream().filter(c -> c.restored().matches(".*[‘’].*")).map(RepairChoice::line))
			.containsExactly(329, 329, 397, 397, 397, 397);
		assertThat(quotes).noneMatch(RepairChoice::uncertain);
		assertThat(report.text()).contains("‘as’ keyword", "with ‘r’ or ‘R’", "The open–closed principle",
				"- `maxsize` – Number of items", "4. Event loop – how it works", "hierarchies—abstraction");
	}

	@Test
	void shouldNeedTwoDamagedContractionsOrOneWholeSequenceBeforeRepairingAnything() {
		assertThat(this.repairer.repair("âblack box,â where weâre").text()).isEqualTo("âblack box,â where weâre");
		assertThat(this.repairer.repair("weâre sure itâs âfineâ").text()).isEqualTo("we’re sure it’s “fine”");
	}

	@Test
	void shouldNotTouchLatinTextWithNoSignOfMojibake() {
		String french = "Le gâteau est prêt à être mangé ; où êtes-vous ? Âge, naïve, façade.";
		assertThat(this.repairer.repair(french).text()).isEqualTo(french);
		assertThat(this.repairer.repair(french).undecided()).isEmpty();
	}

}
