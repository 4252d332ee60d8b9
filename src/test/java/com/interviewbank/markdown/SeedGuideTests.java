package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed guide, "Python Questions for Senior and Lead roles", read as a reader expects.
 */
class SeedGuideTests {

	private static ParsedGuide guide;

	@BeforeAll
	static void parseSeed() {
		guide = Guides.seed();
	}

	@Test
	void shouldFindTwentyTwoTopicsAndTheirQuestionsInOrder() {
		assertThat(guide.title()).isEqualTo("Python Questions for Senior and Lead roles");
		assertThat(guide.outline()).isEqualTo(new Outline(1, 2));
		assertThat(guide.topics()).hasSize(22);
		assertThat(guide.topics().stream().map(topic -> topic.questions().size()))
			.containsExactly(11, 5, 10, 4, 1, 19, 3, 3, 3, 4, 3, 2, 2, 1, 1, 8, 3, 2, 5, 26, 15, 12);
		assertThat(guide.questionCount()).isEqualTo(143);
		assertThat(guide.topics().get(0).title()).isEqualTo("Python Questions for Senior and Lead roles");
		assertThat(guide.topics().get(21).title()).isEqualTo("Common Questions");
		assertThat(guide.language()).isEqualTo("en");
	}

	@Test
	void shouldKeepDeeperHeadingsAsSubsectionsOfTheirAnswer() {
		List<Subsection> subsections = Guides.questions(guide).flatMap(q -> q.subsections().stream()).toList();
		assertThat(subsections.stream().filter(s -> s.level() == 3)).hasSize(58);
		assertThat(subsections.stream().filter(s -> s.level() == 4)).hasSize(1);
		ParsedQuestion mutable = guide.topics().get(0).questions().get(0);
		assertThat(mutable.title()).isEqualTo("Mutable and Immutable Objects");
		assertThat(mutable.subsections()).extracting(Subsection::anchor)
			.containsExactly("mutable-objects-call-by-reference", "immutable-objects-pass-by-value", "features",
					"how-objects-are-passed-to-functions");
		assertThat(mutable.answerHtml()).contains("<h3 id=\"features\">");
	}

	@Test
	void shouldResolveEveryTableOfContentsLink() {
		assertThat(guide.tableOfContentsAnchors()).hasSize(224);
		Set<String> anchors = allAnchors(guide);
		assertThat(guide.tableOfContentsAnchors()).allSatisfy(anchor -> assertThat(anchors).contains(anchor));
	}

	@Test
	void shouldMatchTheTwoCyrillicAnchorsOnlyAfterRepair() {
		Set<String> anchors = allAnchors(guide);
		assertThat(anchors).contains("globals-и-locals-meaning-could-we-change-both-of-them",
				"test-types-performance-penetration-functional-smoke-е2е");
		String damagedHeading = "globals() Ð¸ locals(): Meaning, could we change both of them?";
		assertThat(Guides.text(Guides.SEED)).contains("## " + damagedHeading);
		assertThat(GitHubSlugger.slug(damagedHeading)).isNotEqualTo("globals-и-locals-meaning-could-we-change-both-of-them");
		assertThat(Guides.questions(guide).map(ParsedQuestion::title))
			.contains("globals() и locals(): Meaning, could we change both of them?",
					"Test types: performance, penetration, functional, smoke, е2е.");
	}

	@Test
	void shouldNotMistakeTheTableOfContentsForAQuestion() {
		ParsedTopic first = guide.topics().get(0);
		assertThat(first.introMarkdown()).doesNotContain("](#mutable-and-immutable-objects)");
		assertThat(first.introHtml()).contains("python-logo-master-v3-TM-flattened");
		assertThat(guide.lineRoles().stream().filter(role -> role == LineRole.TABLE_OF_CONTENTS)).hasSize(224);
	}

	@Test
	void shouldNotTurnACodeCommentOrAHashWithoutSpaceIntoAHeading() {
		List<String> titles = Stream
			.concat(guide.topics().stream().map(ParsedTopic::title),
					Guides.questions(guide)
						.flatMap(q -> Stream.concat(Stream.of(q.title()),
								q.subsections().stream().map(Subsection::title))))
			.toList();
		List<String> codeComments = codeLinesStartingWithHash(guide.repairedMarkdown());
		assertThat(codeComments).isNotEmpty();
		assertThat(titles).doesNotContainAnyElementsOf(
				codeComments.stream().map(line -> line.replaceFirst("^#+\\s*", "")).toList());
		assertThat(titles).doesNotContain("Function attributes");
		assertThat(Guides.questions(guide).filter(q -> q.answerMarkdown().contains("##Function attributes")))
			.hasSize(1);
	}

	@Test
	void shouldGiveEveryQuestionAUniqueSlugAndAStableHash() {
		List<String> slugs = new ArrayList<>();
		guide.topics().forEach(topic -> {
			slugs.add(topic.slug());
			topic.questions().forEach(q -> slugs.add(q.slug()));
		});
		assertThat(slugs).doesNotHaveDuplicates().allSatisfy(slug -> assertThat(slug).isNotBlank());
		assertThat(Guides.questions(guide)).allSatisfy(
				q -> assertThat(q.answerHash()).isEqualTo(AnswerHash.of(q.answerMarkdown())).hasSize(64));
	}

	@Test
	void shouldKeepCodeSpansInTitleHtml() {
		ParsedQuestion slots = Guides.questions(guide).filter(q -> q.slug().equals("__slots__")).findFirst().orElseThrow();
		assertThat(slots.title()).isEqualTo("__slots__");
		assertThat(slots.titleHtml()).isEqualTo("<code>__slots__</code>");
	}

	/** The Cyrillic comment of the thread-pool answer reads as Russian again, as the report says. */
	@Test
	void shouldRestoreTheCyrillicOfTheAnswersAndReportEachWordWithItsConfidence() {
		ParsedQuestion threads = Guides.questions(guide)
			.filter(q -> q.answerMarkdown().contains("ThreadPoolExecutor(max_workers=5)"))
			.findFirst()
			.orElseThrow();
		assertThat(threads.answerMarkdown())
			.contains("# Используем map для применения функции cube ко всем значениям", "print(f'Куб числа {x}: {result}')",
				"print(\"\\nРезультаты:\")");
		assertThat(threads.answerHtml()).contains("Используем map для применения функции cube ко всем значениям");
		assertThat(guide.repairedMarkdown()).contains("Event loop – how it works. Виды многозадачности");
		List<RepairChoice> words = guide.repairChoices()
			.stream()
			.filter(choice -> choice.kind() == RepairKind.CYRILLIC_LETTER)
			.toList();
		assertThat(words).extracting(RepairChoice::restored)
			.containsExactly("Куб", "числа", "Используем", "для", "применения", "функции", "всем", "значениям",
					"Результаты", "Куб", "числа", "Виды", "многозадачности");
		String[] repairedLines = guide.repairedMarkdown().split("\n", -1);
		String[] sourceLines = guide.sourceMarkdown().split("\n", -1);
		assertThat(words).allSatisfy(choice -> {
			assertThat(repairedLines[choice.line() - 1]).contains(choice.restored());
			assertThat(sourceLines[choice.line() - 1]).contains(choice.damaged());
			assertThat(choice.confidence()).isBetween(LostCyrillic.MIN_CONFIDENCE, 1.0);
			assertThat(choice.reason()).contains("confidence");
			assertThat(choice.uncertain()).isEqualTo(choice.confidence() < RepairChoice.CHECK_BELOW);
		});
		assertThat(words).filteredOn(RepairChoice::uncertain).extracting(RepairChoice::restored).containsExactly("Результаты", "Виды");
		Pattern lostByte = Pattern.compile("[ÐÑ](?![\\u0080-\\u00BF])");
		int lostLetters = words.stream().mapToInt(choice -> (int) lostByte.matcher(choice.damaged()).results().count()).sum();
		assertThat(guide.repairs()).containsEntry(RepairKind.CYRILLIC_LETTER, lostLetters);
	}

	/**
	 * What a reader sees holds no mojibake the repair could restore; what is left is exactly what the
	 * admin is told about, at its line.
	 */
	@Test
	void shouldLeaveOnlyReportedDamageInWhatAReaderSees() {
		TextRepairer repairer = new TextRepairer();
		Set<String> reported = new HashSet<>();
		guide.warnings().forEach(warning -> {
			Matcher run = Pattern.compile("^Damaged [a-zA-Z ]+ «(.+?)» (lost|is glued)")
				.matcher(warning.message());
			if (run.find()) {
				reported.add(run.group(1));
			}
		});
		assertThat(reported).containsExactlyInAnyOrder("Ñ", "ð");
		Guides.questions(guide).forEach(question -> {
			String shown = question.title() + "\n" + question.answerMarkdown();
			assertThat(repairer.repair(shown).total()).as(question.slug()).isZero();
			Matcher damaged = Pattern.compile("[ÐÑð][\\u0080-\\u00FF]*").matcher(shown);
			while (damaged.find()) {
				assertThat(reported).as("unreported damage in %s", question.slug())
					.anySatisfy(run -> assertThat(run).startsWith(damaged.group()));
			}
		});
	}

	static Set<String> allAnchors(ParsedGuide guide) {
		Set<String> anchors = new HashSet<>();
		for (ParsedTopic topic : guide.topics()) {
			anchors.add(topic.slug());
			anchors.addAll(topic.anchors());
			for (ParsedQuestion question : topic.questions()) {
				anchors.add(question.slug());
				anchors.addAll(question.anchors());
			}
		}
		return anchors;
	}

	private static List<String> codeLinesStartingWithHash(String markdown) {
		List<String> result = new ArrayList<>();
		boolean inFence = false;
		for (String line : markdown.split("\n")) {
			if (line.strip().startsWith("```")) {
				inFence = !inFence;
			}
			else if (inFence && line.strip().startsWith("#") && line.strip().length() > 2) {
				result.add(line.strip());
			}
		}
		return result;
	}

}
