package com.interviewbank.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A seeded mutation fuzzer for {@link GuideParser}, of our own making (no fuzzing library).
 *
 * <p>
 * Every input must either give a guide or be refused with a {@link RejectedGuideException};
 * nothing else may escape, not even an {@link Error}, and a {@link StackOverflowError} is a
 * failure even when {@link GuideParser} catches it as its last line of defence: {@link NestingGuard}
 * and the large stack {@link GuideParser} runs flexmark on are meant to make it unreachable. A guide given back must hold together:
 * every topic and question has a slug (unique in the guide), there is one line role per line of
 * the repaired Markdown, and no HTML carries a script, an event handler or a
 * {@code javascript:} URL. A refusal must give the right reason for what the bytes are.
 *
 * <p>
 * Inputs come from a grammar of Markdown fragments, from mutated slices of the real corpora,
 * and from a list of pathological shapes. The test calls the parser from its own thread, as a
 * request would. Each case has its own seed derived from the base seed, so a failure names the case
 * that reproduces it:
 * <pre>
 * ./mvnw -q -B test -Dtest=GuideParserFuzzTests -Dbank.fuzz.seed=&lt;seed&gt; -Dbank.fuzz.case=&lt;case&gt;
 * </pre>
 * More cases: {@code -Dbank.fuzz.iterations=20000}; more examples of each kind of failure:
 * {@code -Dbank.fuzz.examples=5}. Each failing input is also written whole to
 * {@code target/fuzz-failures/}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
// CPU-bound and sharing nothing: beside the other classes, on the other core (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the other core")
class GuideParserFuzzTests {

	private static final long SEED = Long.getLong("bank.fuzz.seed", 0x5EED_B0A7_1DEAL);

	private static final int ITERATIONS = Integer.getInteger("bank.fuzz.iterations", 1200);

	/** How many failing cases of each kind to report (and minimise); more helps long runs. */
	private static final int EXAMPLES = Integer.getInteger("bank.fuzz.examples", 1);

	/** Runs only this case of each campaign, to reproduce one failure. */
	private static final int ONLY_CASE = Integer.getInteger("bank.fuzz.case", -1);

	/**
	 * A parse that takes this long has run away (a backtracking pattern, a quadratic loop): a guard,
	 * not a speed target (bench/parse.sh measures speed: about 0.2 s for the 514 KB corpus guide).
	 * Wall time, shared with the Spring tests on the other core, so it leaves room for a loaded
	 * machine: a cold parse of that guide took 10.4 s under a load of 11 on 2 cores.
	 */
	private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(45);

	private static final long MINIMISE_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(4);

	private static final Path FAILURES = Path.of("target", "fuzz-failures");

	private static final String FILE_NAME = "fuzzed-guide.md";

	private static final GuideParser PARSER = new GuideParser();

	private static final ParseLimits TIGHT = new ParseLimits(8 * 1024, 6);

	private static final GuideParser TIGHT_PARSER = new GuideParser(TIGHT);

	private static final List<byte[]> corpus = new ArrayList<>();

	private static final List<String> corpusNames = new ArrayList<>();

	@BeforeAll
	static void loadCorpus() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> corpora = Files.list(Path.of("src/test/resources/corpora"))) {
			corpora.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		files.add(Path.of("content/python-senior-lead-questions.md"));
		for (Path file : files) {
			corpus.add(Files.readAllBytes(file));
			corpusNames.add(file.getFileName().toString());
		}
		assertThat(corpus).as("corpus files").hasSizeGreaterThanOrEqualTo(5);
	}

	// ---------------------------------------------------------------------------------------
	// Campaigns

	@Test
	void shouldSurviveMarkdownBuiltFromAGrammarOfFragments() {
		campaign("grammar", ITERATIONS, PARSER, ParseLimits.DEFAULT,
				random -> Grammar.markdown(random).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shouldSurviveMutatedSlicesOfTheCorpora() {
		campaign("mutation", ITERATIONS, PARSER, ParseLimits.DEFAULT, Mutator::mutatedSlice);
	}

	@Test
	void shouldSurviveFuzzedInputUnderTightLimits() {
		// Small limits make the size and nesting refusals frequent, so their edges get explored.
		campaign("tight", Math.max(1, ITERATIONS / 3), TIGHT_PARSER, TIGHT,
				random -> random.nextBoolean() ? Grammar.markdown(random).getBytes(StandardCharsets.UTF_8)
						: Mutator.mutatedSlice(random));
	}

	@Test
	void shouldReadEveryCorpusFileWholeIntoAGuideThatHoldsTogether() {
		for (int i = 0; i < corpus.size(); i++) {
			Verdict verdict = exercise(PARSER, ParseLimits.DEFAULT, corpus.get(i));
			assertThat(verdict.failure()).as(corpusNames.get(i)).isNull();
			assertThat(verdict.outcome()).as(corpusNames.get(i)).isEqualTo("returned");
		}
	}

	// ---------------------------------------------------------------------------------------
	// Pathological inputs

	@Test
	void shouldRefuseALineOfTwentyThousandListMarkersAsTooDeeplyNested() {
		assertRefused("- ".repeat(20_000), RejectionReason.TOO_DEEPLY_NESTED);
		assertRefused("# T\n\n" + "- ".repeat(20_000) + "x\n", RejectionReason.TOO_DEEPLY_NESTED);
	}

	@Test
	void shouldRefuseTwentyThousandNestedQuotesAsTooDeeplyNested() {
		assertRefused(">".repeat(20_000), RejectionReason.TOO_DEEPLY_NESTED);
		assertRefused("# T\n\n" + "> ".repeat(20_000) + "x\n", RejectionReason.TOO_DEEPLY_NESTED);
	}

	@Test
	void shouldRefuseFiveThousandLevelsOfEmphasisAsTooDeeplyNested() {
		assertRefused("*a ".repeat(5_000) + "b" + " c*".repeat(5_000), RejectionReason.TOO_DEEPLY_NESTED);
		assertRefused("# T\n\n" + "_a ".repeat(5_000) + "b" + " c_".repeat(5_000) + "\n",
				RejectionReason.TOO_DEEPLY_NESTED);
	}

	@Test
	void shouldRefuseTenThousandOpenBracketsAsTooDeeplyNested() {
		assertRefused("[".repeat(10_000), RejectionReason.TOO_DEEPLY_NESTED);
		assertRefused("# T\n\n" + "[".repeat(10_000) + "x" + "](#a)".repeat(10_000) + "\n",
				RejectionReason.TOO_DEEPLY_NESTED);
	}

	@Test
	void shouldRefuseDeeplyIndentedNestedListsAsTooDeeplyNested() {
		StringBuilder bullets = new StringBuilder("# T\n\n");
		StringBuilder numbers = new StringBuilder("# T\n\n");
		for (int level = 0; level < 1_000; level++) {
			bullets.append("  ".repeat(level)).append("- item ").append(level).append('\n');
			numbers.append("   ".repeat(level)).append("1. item ").append(level).append('\n');
		}
		assertRefused(bullets.toString(), RejectionReason.TOO_DEEPLY_NESTED);
		assertRefused(numbers.toString(), RejectionReason.TOO_DEEPLY_NESTED);
	}

	@Test
	void shouldRefuseSixMegabytesAsTooLargeWith413() {
		String question = "## What is a question?\n\nAn answer with *emphasis* and `code`.\n\n";
		byte[] big = ("# Big\n\n" + question.repeat(6 * 1024 * 1024 / question.length() + 1))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(6 * 1024 * 1024);
		RejectedGuideException refusal = assertRefused(big, RejectionReason.TOO_LARGE);
		assertThat(refusal.httpStatus()).isEqualTo(413);
	}

	@Test
	void shouldRefuseNulBytesAsNotTextWith415() {
		assertThat(assertRefused("# T\n\n## Q\u0000\n", RejectionReason.NOT_TEXT).httpStatus()).isEqualTo(415);
		assertRefused(new byte[] { 0 }, RejectionReason.NOT_TEXT);
		assertRefused(new byte[8192], RejectionReason.NOT_TEXT);
		byte[] nulAfterHeading = ("# T\n\n" + "## Q\n\nA.\n".repeat(10)).getBytes(StandardCharsets.UTF_8);
		nulAfterHeading[nulAfterHeading.length - 2] = 0;
		assertRefused(nulAfterHeading, RejectionReason.NOT_TEXT);
	}

	@Test
	void shouldReadOrRefuseANulByteBeyondTheBinarySniffWithoutBreaking() {
		// The decoder sniffs the first 8 KB for binary data; a NUL after that reaches the parser.
		byte[] guide = ("# T\n\n## Q\n\n" + "An answer line.\n".repeat(1_000) + "x\u0000y\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(guide.length).isGreaterThan(8192);
		assertHandled(guide);
	}

	@Test
	void shouldRefuseInvalidUtf8AsNotUtf8With422() {
		byte[][] invalid = { { '#', ' ', (byte) 0x80 }, // lone continuation byte
				{ '#', ' ', 'T', (byte) 0xC3 }, // truncated two-byte sequence
				{ (byte) 0xE2, (byte) 0x82 }, // truncated three-byte sequence
				{ '#', ' ', (byte) 0xC0, (byte) 0xAF }, // overlong '/'
				{ '#', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, // encoded surrogate
				{ '#', ' ', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, // beyond U+10FFFF
				{ '#', ' ', (byte) 0xFF, (byte) 0xFE }, // never valid in UTF-8
				"# Café\n\n## Qu'est-ce ?\n".getBytes(StandardCharsets.ISO_8859_1) };
		for (byte[] bytes : invalid) {
			assertThat(assertRefused(bytes, RejectionReason.NOT_UTF8).httpStatus()).isEqualTo(422);
		}
	}

	@Test
	void shouldRefuseEmptyOrWhitespaceOnlyInputAsEmptyWith422() {
		assertThat(assertRefused(new byte[0], RejectionReason.EMPTY).httpStatus()).isEqualTo(422);
		for (String blank : List.of(" ", "\n", "\n\n\t \r\n", "\r\r\r", "\uFEFF", "\uFEFF \n", "\u2003\u3000\n")) {
			assertRefused(blank, RejectionReason.EMPTY);
		}
	}

	// Nesting that NestingGuard does not count reaches flexmark, which overflows its stack on it.
	// GuideParser catches that StackOverflowError as a last resort; these fail until the guard
	// sees the nesting (or the parser reads it without overflowing).

	@Test
	void shouldNotOverflowOnDeepQuotesAfterAnIndentedCodeLineThatLooksLikeAFence() {
		// "    ```" is indented code, not a fence, but NestingGuard skips every line after it.
		assertHandledWithoutOverflow("# T\n\n    ```\n" + ">".repeat(20_000) + " x\n");
	}

	@Test
	void shouldNotOverflowOnDeepQuotesAfterAFenceThatItsListItemClosed() {
		// The fence opens inside the list item and ends with it; NestingGuard keeps it open.
		assertHandledWithoutOverflow("# T\n\n- a\n  ```\nb\n" + ">".repeat(20_000) + " x\n");
	}

	@Test
	void shouldNotOverflowOnDeepQuotesAfterABacktickLineThatIsNotAFence() {
		// A backtick fence's info string cannot hold a backtick, so this is a paragraph.
		assertHandledWithoutOverflow("# T\n\n``` a`b\n" + ">".repeat(20_000) + " x\n");
	}

	@Test
	void shouldNotOverflowOnDeepEmphasisOpenedAfterPunctuation() {
		// "(*a" opens emphasis (left-flanking only), "a*)" closes it; NestingGuard counts neither.
		assertHandledWithoutOverflow("# T\n\n" + "(*a ".repeat(5_000) + "b" + " a*)".repeat(5_000) + "\n");
	}

	@Test
	void shouldNotOverflowOnDeepStrikethrough() {
		// NestingGuard counts * and _ but not ~.
		assertHandledWithoutOverflow("# T\n\n" + "~~a ".repeat(4_000) + "b" + " c~~".repeat(4_000) + "\n");
	}

	/**
	 * Runs flexmark matches with a regex that recurses once per character (java.util.regex
	 * group loops), so a few KB of a plain line overflow the stack. No nesting is involved, so
	 * NestingGuard cannot see them, and the guide is refused as "nested too deeply".
	 */
	static Stream<Arguments> longRunsThatFlexmarkMatchesWithARecursiveRegex() {
		return Stream.of(
				arguments("an inline HTML comment of 10,000 characters",
						"# T\n\nSee <!-- " + "note ".repeat(2_000) + "--> here.\n"),
				arguments("an unclosed inline HTML comment before 2,000 lines",
						"# T\n\n## Q\n\nSee <!-- this\n" + "and more text\n".repeat(2_000)),
				arguments("a thematic break of 10,000 underscores", "# T\n\n" + "_".repeat(10_000) + "\n"),
				arguments("a thematic break of 10,000 dashes", "# T\n\n" + "-".repeat(10_000) + "\n"),
				arguments("a link title of 10,000 characters",
						"# T\n\n[x](https://example.com/ \"" + "a".repeat(10_000) + "\")\n"),
				arguments("an inline HTML tag with 3,000 attributes", "# T\n\nx <a " + "b=c ".repeat(3_000) + ">y</a>\n"),
				arguments("a reference definition with a 10,000-character <URL>",
						"# T\n\n[link]: <https://example.com/" + "A".repeat(10_000) + ">\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("longRunsThatFlexmarkMatchesWithARecursiveRegex")
	void shouldNotOverflowOnALongRunThatFlexmarkMatchesWithARecursiveRegex(String shape, String markdown) {
		assertHandled(markdown.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shouldNotLetAnAssertionErrorOfFlexmarkEscapeForAHeadingInATaskListItem() {
		// flexmark's HeaderIdGenerator asserts a Document ancestor; it fires when assertions are on
		// (as under Surefire). Without -ea the parse returns.
		assertHandled("# T\n- [ ] a\n  # b\n  x".getBytes(StandardCharsets.UTF_8));
	}

	private static RejectedGuideException assertRefused(String markdown, RejectionReason expected) {
		return assertRefused(markdown.getBytes(StandardCharsets.UTF_8), expected);
	}

	private static RejectedGuideException assertRefused(byte[] input, RejectionReason expected) {
		Throwable thrown = null;
		ParsedGuide guide = null;
		try {
			guide = PARSER.parse(FILE_NAME, input);
		}
		catch (Throwable ex) {
			thrown = ex;
		}
		Throwable escaped = thrown;
		assertThat(guide).withFailMessage(() -> "expected %s but got a guide for %s".formatted(expected,
				Show.input(input)))
			.isNull();
		assertThat(thrown).withFailMessage(() -> "expected %s but got %s%nfor %s".formatted(expected,
				Show.throwable(escaped), Show.input(input)))
			.isInstanceOf(RejectedGuideException.class);
		RejectedGuideException refusal = (RejectedGuideException) thrown;
		assertThat(refusal.problem()).withFailMessage(() -> "expected %s but got %s (%s) for %s".formatted(expected,
				refusal.problem(), refusal.getMessage(), Show.input(input)))
			.isEqualTo(expected);
		assertThat(Verdict.swallowedStackOverflow(refusal)).withFailMessage(() -> ("refused as %s only because "
				+ "GuideParser caught a StackOverflowError (NestingGuard missed the nesting), for %s")
			.formatted(expected, Show.input(input)))
			.isFalse();
		assertThat(refusal.httpStatus()).isEqualTo(expected.httpStatus());
		return refusal;
	}

	private static void assertHandled(byte[] input) {
		Verdict verdict = exercise(PARSER, ParseLimits.DEFAULT, input);
		assertThat(verdict.failure())
			.withFailMessage(() -> "%s%nfor %s".formatted(verdict.failure(), Show.input(input)))
			.isNull();
	}

	private static void assertHandledWithoutOverflow(String markdown) {
		byte[] input = markdown.getBytes(StandardCharsets.UTF_8);
		Verdict verdict = exercise(PARSER, ParseLimits.DEFAULT, input);
		assertThat(verdict.failure())
			.withFailMessage(() -> "%s%nfor %s".formatted(verdict.failure(), Show.input(input)))
			.isNull();
		assertThat(verdict.outcome()).as("outcome").isIn("returned", "refused " + RejectionReason.TOO_DEEPLY_NESTED);
	}

	// ---------------------------------------------------------------------------------------
	// Harness

	private static void campaign(String name, int iterations, GuideParser parser, ParseLimits limits,
			Function<Random, byte[]> generator) {
		Findings findings = new Findings(name, parser, limits);
		long start = System.nanoTime();
		int run = 0;
		for (int i = 0; i < iterations; i++) {
			if (ONLY_CASE >= 0 && i != ONLY_CASE) {
				continue;
			}
			long caseSeed = caseSeed(name, i);
			byte[] input = generator.apply(new Random(caseSeed));
			findings.record(i, input, exercise(parser, limits, input));
			run++;
		}
		System.out.printf("[fuzz] %s: %d cases in %d ms (seed 0x%X): %s%n", name, run,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), SEED, findings.tally);
		findings.assertNone();
	}

	private static long caseSeed(String campaign, int iteration) {
		long z = SEED + campaign.hashCode() * 0x9E3779B97F4A7C15L + iteration * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * Parses in this thread and judges the result. Catches everything, errors included, so that
	 * what escaped can be reported precisely.
	 */
	static Verdict exercise(GuideParser parser, ParseLimits limits, byte[] input) {
		long start = System.nanoTime();
		try {
			ParsedGuide guide = parser.parse(FILE_NAME, input);
			long nanos = System.nanoTime() - start;
			String broken = Promises.broken(guide);
			if (broken == null) {
				broken = Promises.wrongRefusal(input, limits, null);
			}
			return Verdict.of("returned", broken, nanos);
		}
		catch (RejectedGuideException ex) {
			long nanos = System.nanoTime() - start;
			String outcome = "refused " + ex.problem();
			if (ex.problem() == null) {
				return Verdict.of(outcome, "RejectedGuideException with no problem: " + Show.throwable(ex), nanos);
			}
			if (Verdict.swallowedStackOverflow(ex)) {
				return Verdict.of(outcome,
						"StackOverflowError: the parse overflowed its stack, and GuideParser's last line of defence "
								+ "turned it into " + ex.problem() + " (NestingGuard did not prevent it)",
						nanos);
			}
			if (ex.httpStatus() != ex.problem().httpStatus()) {
				return Verdict.of(outcome, "httpStatus " + ex.httpStatus() + " for " + ex.problem(), nanos);
			}
			return Verdict.of(outcome, Promises.wrongRefusal(input, limits, ex.problem()), nanos);
		}
		catch (Throwable ex) {
			return Verdict.of("escaped " + ex.getClass().getSimpleName(), "escaped: " + Show.throwable(ex),
					System.nanoTime() - start);
		}
	}

	/**
	 * @param outcome {@code returned} or {@code refused PROBLEM}, for the tally
	 * @param failure what went wrong, or null
	 */
	record Verdict(String outcome, String failure, long nanos) {

		static Verdict of(String outcome, String failure, long nanos) {
			if (failure == null && nanos > SLOW_NANOS) {
				failure = "slow: took " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
			}
			return new Verdict(outcome, failure, nanos);
		}

		/** What makes two failures the same bug, for de-duplication and minimising. */
		String signature() {
			if (this.failure == null) {
				return null;
			}
			int end = this.failure.indexOf('\n');
			String first = end < 0 ? this.failure : this.failure.substring(0, end);
			return first.startsWith("slow") ? "slow" : first.replaceAll("\\d+", "#");
		}

		/** The refusal GuideParser makes up when it catches a StackOverflowError. */
		static boolean swallowedStackOverflow(RejectedGuideException ex) {
			if (ex.getCause() instanceof StackOverflowError) {
				return true;
			}
			StackTraceElement[] stack = ex.getStackTrace();
			return ex.problem() == RejectionReason.TOO_DEEPLY_NESTED && stack.length > 0
					&& stack[0].getClassName().equals(GuideParser.class.getName());
		}

	}

	/** The failures of one campaign, one example per signature, and a tally of outcomes. */
	private static final class Findings {

		private final String campaign;

		private final GuideParser parser;

		private final ParseLimits limits;

		final Map<String, Integer> tally = new TreeMap<>();

		private final Map<String, Integer> counts = new LinkedHashMap<>();

		private final Map<String, String> reports = new LinkedHashMap<>();

		Findings(String campaign, GuideParser parser, ParseLimits limits) {
			this.campaign = campaign;
			this.parser = parser;
			this.limits = limits;
		}

		void record(int iteration, byte[] input, Verdict verdict) {
			this.tally.merge(verdict.outcome(), 1, Integer::sum);
			String signature = verdict.signature();
			if (signature == null) {
				return;
			}
			if (this.counts.merge(signature, 1, Integer::sum) > EXAMPLES) {
				return;
			}
			String file = save("%s-seed%X-case%d".formatted(this.campaign, SEED, iteration), input);
			StringBuilder report = new StringBuilder();
			report.append("[%s] case %d (base seed 0x%X, case seed 0x%X): %s%n".formatted(this.campaign, iteration,
					SEED, caseSeed(this.campaign, iteration), verdict.failure()));
			report.append("  reproduce: -Dtest=GuideParserFuzzTests -Dbank.fuzz.seed=0x%X -Dbank.fuzz.case=%d%n"
				.formatted(SEED, iteration));
			report.append("  input: ").append(Show.input(input)).append('\n');
			if (file != null) {
				report.append("  whole input: ").append(file).append('\n');
			}
			if (!signature.equals("slow")) {
				byte[] minimal = Minimiser.minimise(input, candidate -> signature
					.equals(exercise(this.parser, this.limits, candidate).signature()));
				if (minimal.length < input.length) {
					report.append("  minimised: ").append(Show.input(minimal)).append('\n');
				}
			}
			this.reports.merge(signature, report.toString(), (earlier, later) -> earlier + later);
		}

		void assertNone() {
			StringBuilder message = new StringBuilder();
			this.reports.forEach((signature, report) -> message.append(report)
				.append("  (").append(this.counts.get(signature)).append(" case(s) failed this way)\n\n"));
			assertThat(this.reports)
				.withFailMessage("%d kind(s) of failure in the %s campaign:%n%n%s", this.reports.size(), this.campaign,
						message)
				.isEmpty();
		}

		private static String save(String name, byte[] input) {
			try {
				Files.createDirectories(FAILURES);
				Path file = FAILURES.resolve(name + ".md");
				Files.write(file, input);
				return file.toString();
			}
			catch (IOException | RuntimeException ex) {
				return null;
			}
		}

	}

	/** What a guide that was given back promises. */
	static final class Promises {

		private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
				"data", "cite", "poster", "background", "srcset", "longdesc", "codebase");

		private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "style",
				"base", "meta", "link", "form", "frame", "frameset", "svg", "math", "template");

		private Promises() {
		}

		/** The first promise the guide breaks, or null. */
		static String broken(ParsedGuide guide) {
			int lines = guide.repairedMarkdown().split("\n", -1).length;
			if (guide.lineRoles().size() != lines) {
				return "line roles: %d roles for %d lines of the repaired Markdown".formatted(guide.lineRoles().size(),
						lines);
			}
			for (ParsedTopic topic : guide.topics()) {
				for (ParsedQuestion question : topic.questions()) {
					if (guide.lineRoles().get(question.firstLine()) != LineRole.QUESTION_HEADING) {
						return "question «" + question.title() + "» starts on a line that is not a question's: "
								+ guide.lineRoles().get(question.firstLine());
					}
				}
			}
			Set<String> slugs = new HashSet<>();
			for (ParsedTopic topic : guide.topics()) {
				if (topic.slug() == null) {
					return "null slug for topic «" + topic.title() + "»";
				}
				if (!slugs.add(topic.slug())) {
					return "duplicate slug «" + topic.slug() + "» (topic «" + topic.title() + "»)";
				}
				String unsafe = unsafeHtml(topic.introHtml());
				if (unsafe != null) {
					return "unsafe introHtml of topic «" + topic.title() + "»: " + unsafe;
				}
				for (ParsedQuestion question : topic.items()) {
					if (question.slug() == null) {
						return "null slug for question «" + question.title() + "»";
					}
					if (!slugs.add(question.slug())) {
						return "duplicate slug «" + question.slug() + "» (question «" + question.title() + "»)";
					}
					unsafe = unsafeHtml(question.answerHtml());
					if (unsafe == null) {
						unsafe = unsafeHtml(question.titleHtml());
					}
					if (unsafe != null) {
						return "unsafe HTML of question «" + question.title() + "»: " + unsafe;
					}
				}
			}
			return null;
		}

		/**
		 * A script, an event handler or a {@code javascript:} URL in the HTML, or null. Text may
		 * mention {@code javascript:} (the React corpus explains such URLs, in text and code), so for
		 * it only markup counts: a URL attribute that, as a browser reads it (white space and control
		 * characters dropped, entities decoded), starts with a script scheme.
		 */
		static String unsafeHtml(String html) {
			if (html == null) {
				return "null HTML";
			}
			String lower = html.toLowerCase(Locale.ROOT);
			if (lower.contains("<script")) {
				return "contains <script: " + Show.text(html);
			}
			for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
				if (FORBIDDEN_ELEMENTS.contains(element.normalName())) {
					return "<" + element.normalName() + "> element: " + Show.text(element.outerHtml());
				}
				for (Attribute attribute : element.attributes()) {
					String key = attribute.getKey().toLowerCase(Locale.ROOT);
					String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
					if (key.startsWith("on")) {
						return "event handler " + key + ": " + Show.text(element.outerHtml());
					}
					if (URL_ATTRIBUTES.contains(key) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
							|| value.startsWith("data:text/html"))) {
						return "script URL in " + key + ": " + Show.text(element.outerHtml());
					}
				}
			}
			return null;
		}

		/**
		 * Whether the decoder's verdict fits the bytes: only a source over the limit is too
		 * large, a NUL in the first 8 KB is binary, only bad UTF-8 is not UTF-8, and only blank
		 * text is empty. Null when it fits.
		 * @param problem the refusal, or null when a guide was given back
		 */
		static String wrongRefusal(byte[] input, ParseLimits limits, RejectionReason problem) {
			boolean tooLarge = input.length > limits.maxBytes();
			if (tooLarge != (problem == RejectionReason.TOO_LARGE)) {
				return "wrong refusal: %s for %d bytes (limit %d)".formatted(problem, input.length, limits.maxBytes());
			}
			if (tooLarge) {
				return null;
			}
			int sniff = Math.min(input.length, 8192);
			boolean nul = false;
			boolean controls = false;
			for (int i = 0; i < sniff; i++) {
				int b = input[i] & 0xFF;
				nul |= b == 0;
				controls |= b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f';
			}
			if (nul != (problem == RejectionReason.NOT_TEXT) && (nul || !controls)) {
				return "wrong refusal: %s for %s".formatted(problem,
						nul ? "a NUL byte in the first 8 KB" : "bytes with no control characters");
			}
			if (problem == RejectionReason.NOT_TEXT) {
				return null;
			}
			String text = strictUtf8(input);
			if ((text == null) != (problem == RejectionReason.NOT_UTF8)) {
				return "wrong refusal: %s for %s UTF-8".formatted(problem, text == null ? "invalid" : "valid");
			}
			if (text == null) {
				return null;
			}
			boolean blank = (text.startsWith("\uFEFF") ? text.substring(1) : text).isBlank();
			if (blank != (problem == RejectionReason.EMPTY)) {
				return "wrong refusal: %s for %s text".formatted(problem, blank ? "blank" : "non-blank");
			}
			return null;
		}

		static String strictUtf8(byte[] input) {
			try {
				return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(input))
					.toString();
			}
			catch (CharacterCodingException ex) {
				return null;
			}
		}

	}

	/**
	 * Shrinks a failing input while it still fails the same way: a simple ddmin that drops whole
	 * lines first, then bytes, within a time budget.
	 */
	static final class Minimiser {

		private Minimiser() {
		}

		static byte[] minimise(byte[] input, Predicate<byte[]> failsTheSameWay) {
			long deadline = System.nanoTime() + MINIMISE_BUDGET_NANOS;
			List<byte[]> lines = new ArrayList<>();
			int from = 0;
			for (int i = 0; i < input.length; i++) {
				if (input[i] == '\n') {
					lines.add(Arrays.copyOfRange(input, from, i + 1));
					from = i + 1;
				}
			}
			if (from < input.length) {
				lines.add(Arrays.copyOfRange(input, from, input.length));
			}
			// Deep nesting is usually one long line: try it alone, and after the first line, first.
			List<byte[]> longest = new ArrayList<>(lines);
			longest.sort((a, b) -> Integer.compare(b.length, a.length));
			List<List<byte[]>> shortcuts = new ArrayList<>();
			for (byte[] line : longest.subList(0, Math.min(2, longest.size()))) {
				shortcuts.add(List.of(line));
				shortcuts.add(List.of(lines.get(0), line));
			}
			for (List<byte[]> candidate : shortcuts) {
				if (candidate.size() < lines.size() && System.nanoTime() < deadline
						&& failsTheSameWay.test(join(candidate))) {
					lines = new ArrayList<>(candidate);
					break;
				}
			}
			byte[] best = join(ddmin(lines, failsTheSameWay, deadline));
			List<byte[]> bytes = new ArrayList<>();
			for (byte b : best) {
				bytes.add(new byte[] { b });
			}
			return join(ddmin(bytes, failsTheSameWay, deadline));
		}

		private static List<byte[]> ddmin(List<byte[]> units, Predicate<byte[]> failsTheSameWay, long deadline) {
			List<byte[]> best = units;
			int parts = 2;
			while (best.size() >= 2 && System.nanoTime() < deadline) {
				int chunk = (best.size() + parts - 1) / parts;
				boolean reduced = false;
				for (int start = 0; start < best.size() && System.nanoTime() < deadline; start += chunk) {
					List<byte[]> candidate = new ArrayList<>(best.subList(0, start));
					candidate.addAll(best.subList(Math.min(best.size(), start + chunk), best.size()));
					if (!candidate.isEmpty() && failsTheSameWay.test(join(candidate))) {
						best = candidate;
						parts = Math.max(parts - 1, 2);
						reduced = true;
						break;
					}
				}
				if (!reduced) {
					if (chunk == 1) {
						break;
					}
					parts = Math.min(parts * 2, best.size());
				}
			}
			return best;
		}

		private static byte[] join(List<byte[]> units) {
			int length = 0;
			for (byte[] unit : units) {
				length += unit.length;
			}
			byte[] out = new byte[length];
			int at = 0;
			for (byte[] unit : units) {
				System.arraycopy(unit, 0, out, at, unit.length);
				at += unit.length;
			}
			return out;
		}

	}

	/** Inputs and errors as short, unambiguous text for failure messages. */
	static final class Show {

		private static final int HEAD = 400;

		private static final int TAIL = 150;

		private Show() {
		}

		static String input(byte[] input) {
			boolean valid = Promises.strictUtf8(input) != null;
			return "%d bytes%s: \"%s\"".formatted(input.length, valid ? "" : " (not valid UTF-8; shown with U+FFFD)",
					text(new String(input, StandardCharsets.UTF_8)));
		}

		/** Escaped, with long repeats folded ({@code ⟪"> "⟫×20000}) and the middle cut. */
		static String text(String text) {
			StringBuilder head = new StringBuilder();
			int reached = fold(text, 0, head, HEAD + TAIL + 40);
			if (reached >= text.length()) {
				return head.toString();
			}
			StringBuilder tail = new StringBuilder();
			int tailStart = Math.max(reached, text.length() - 4 * TAIL);
			if (tailStart > 0 && Character.isLowSurrogate(text.charAt(tailStart))) {
				tailStart++;
			}
			fold(text, tailStart, tail, Integer.MAX_VALUE);
			int headEnd = Math.min(head.length(), HEAD);
			if (Character.isHighSurrogate(head.charAt(headEnd - 1))) {
				headEnd--;
			}
			int tailFrom = Math.max(0, tail.length() - TAIL);
			if (tailFrom < tail.length() && Character.isLowSurrogate(tail.charAt(tailFrom))) {
				tailFrom++;
			}
			return head.substring(0, headEnd) + "…⟪cut: " + text.length() + " chars in all⟫…"
					+ tail.substring(tailFrom);
		}

		/** Appends the text from {@code start}, escaped and folded, until {@code out} is long enough. */
		private static int fold(String text, int start, StringBuilder out, int enough) {
			int i = start;
			while (i < text.length() && out.length() < enough) {
				int fold = 0;
				int period = 0;
				for (int p = 1; p <= 16 && i + p <= text.length(); p++) {
					String unit = text.substring(i, i + p);
					int repeats = 1;
					while (text.startsWith(unit, i + repeats * p)) {
						repeats++;
					}
					if (repeats >= 4 && repeats * p >= 24) {
						fold = repeats;
						period = p;
						break;
					}
				}
				if (fold > 0) {
					out.append("⟪\"").append(escape(text.substring(i, i + period))).append("\"⟫×").append(fold);
					i += fold * period;
				}
				else {
					int cp = text.codePointAt(i);
					out.append(escape(new String(Character.toChars(cp))));
					i += Character.charCount(cp);
				}
			}
			return i;
		}

		private static String escape(String text) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach(cp -> {
				switch (cp) {
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					case '\t' -> out.append("\\t");
					case '\\' -> out.append("\\\\");
					case '"' -> out.append("\\\"");
					default -> {
						int type = Character.getType(cp);
						boolean invisible = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || type == Character.FORMAT
								|| type == Character.SURROGATE || type == Character.LINE_SEPARATOR
								|| type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
								|| type == Character.PRIVATE_USE;
						if (!invisible) {
							out.appendCodePoint(cp);
						}
						else if (cp <= 0xFFFF) {
							out.append("\\u%04X".formatted(cp));
						}
						else {
							out.append("\\u%04X\\u%04X".formatted((int) Character.highSurrogate(cp),
									(int) Character.lowSurrogate(cp)));
						}
					}
				}
			});
			return out.toString();
		}

		static String throwable(Throwable ex) {
			if (ex == null) {
				return "nothing thrown";
			}
			StringBuilder out = new StringBuilder(ex.toString());
			StackTraceElement[] stack = ex.getStackTrace();
			int shown = 0;
			for (StackTraceElement frame : stack) {
				if (shown++ >= 10) {
					break;
				}
				out.append("\n      at ").append(frame);
			}
			Arrays.stream(stack)
				.filter(frame -> frame.getClassName().startsWith("com.interviewbank."))
				.findFirst()
				.ifPresent(frame -> out.append("\n      first frame of ours: ").append(frame));
			if (stack.length > shown) {
				out.append("\n      (").append(stack.length).append(" frames)");
			}
			return out.toString();
		}

	}

	// ---------------------------------------------------------------------------------------
	// Generators

	/** Random Markdown from fragments of everything guides contain, and much they should not. */
	static final class Grammar {

		private static final String[] WORDS = { "What", "is", "a", "closure", "GIL", "async", "await", "React",
				"hook", "state", "Python", "Java", "generator", "yield", "Table", "of", "contents", "Answer", "Q1",
				"Содержание", "Оглавление", "содержание", "Что", "такое", "декоратор", "函数", "ジェネレーター", "함수",
				"λ", "Ελληνικά", "עברית", "العربية", "café", "naïve", "Ærø", "x²", "e\u0301", "👍", "🧑‍💻", "𝔘𝔫𝔦" };

		private static final String[] MOJIBAKE = { "â", "Itâs", "donât", "theyâre", "â€™", "â€œquoteâ€\u009d",
				"â€œ", "â€", "â€¦", "â€“", "â€”", "Ð¸", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "Ð", "Ñ", "Ã", "Ã©", "CafÃ©", "Ã¼ber", "Â ",
				"Â", "ô", "ðŸ˜€", "â\u0080\u0099", "â ", " â ", "wordâword", "(â", "â.", "Ãƒ", "Ã\u0083" };

		private static final String[] URLS = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
				" javascript:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)",
				"jav&#x09;ascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
				"data:image/png;base64,iVBORw0KGgo=", "#", "#section", "#what-is-a-closure", "#%zz", "#%E2%82", "#a+b",
				"#%D1%87%D1%82%D0%BE", "", "<>", "<javascript:alert(1)>", "(nested(parens))", "a b", "http://",
				"https://example.com/ü?q=1#f", "//evil.example/x", "mailto:x@y.z", "file:///etc/passwd", "img.png",
				"../up.png", "./a b.png", "<./a b.png>", "http://[::1]/", "https://x.y/%", "\\", "\\\\server\\share",
				"http://x.y/\"onmouseover=\"alert(1)", "https://x.y/'><script>alert(1)</script>", "ftp://x.y/",
				"HTTPS://EXAMPLE.COM", "https://example.com/" + "a".repeat(300), "#" + "-".repeat(40) };

		private static final String[] HTML = { "<details>", "<details open>", "<summary>Answer</summary>",
				"<summary><b>Answer</b></summary>", "</details>", "</summary>", "<script>alert(1)</script>",
				"<SCRIPT SRC=//x.y/z.js></SCRIPT>", "<scr<script>ipt>alert(1)</script>",
				"<img src=x onerror=alert(1)>", "<img src=\"javascript:alert(1)\">", "<img src=\"pic.png\" alt=\"p\">",
				"<a href=\"javascript:alert(1)\">x</a>", "<a href='JaVaScRiPt:alert(1)'>y</a>",
				"<a href=\"&#x6A;avascript:alert(1)\">z</a>", "<a href=\"java&#x09;script:alert(1)\">t</a>",
				"<a href=\"#anchor\" onclick=\"alert(1)\">a</a>", "<iframe src=javascript:alert(1)></iframe>",
				"<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<style>*{color:red}</style>",
				"<div>", "</div>", "<div align=center>", "<h1>Html title</h1>", "<h1 align=\"center\">Logo</h1>",
				"<h2 id=x>Sub</h2>", "<!-- comment -->", "<!--", "-->", "<![CDATA[x]]>", "<?php x ?>",
				"<input type=checkbox checked>", "<input type=text value=x>", "<code class=\"language-js evil\">",
				"<p align=center>", "<table><tr><td>x</td></tr></table>", "<math><mi xlink:href=javascript:alert(1)>",
				"<object data=javascript:alert(1)>", "<body onload=alert(1)>", "<base href=javascript:>",
				"<form action=javascript:alert(1)><button>go</button></form>", "<br>", "<br/>", "<hr>", "<kbd>Ctrl</kbd>",
				"<b>", "</b>", "<em>", "</em>", "<a name=\"x\"></a>", "<a id=\"top\">", "<pre>", "</pre>",
				"<textarea>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<p>", "</p>",
				"<a href=\"#what-is-a-closure\">closure</a>", "<picture><source srcset=\"javascript:alert(1)\"></picture>" };

		private static final String[] ENTITIES = { "&amp;", "&lt;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;",
				"&copy", "&#106;", "&unknown;", "&#x3C;script&#x3E;", "&#60;", "&" };

		private static final String[] FENCE_LIKE = { "    ```", "  ```", "``` x`y", "```", "~~~", "- a\n  ```\nb",
				"> ```", "````", "\t```", "```python", "1. ```" };

		private Grammar() {
		}

		static String markdown(Random r) {
			StringBuilder out = new StringBuilder();
			if (r.nextInt(20) == 0) {
				out.append('\uFEFF');
			}
			if (r.nextInt(8) == 0) {
				out.append(frontMatter(r));
			}
			if (r.nextInt(5) < 3) {
				out.append(atxHeading(r)).append("\n\n");
			}
			int blocks = 1 + r.nextInt(r.nextBoolean() ? 8 : 30);
			for (int i = 0; i < blocks; i++) {
				out.append(block(r, 0));
				out.append(r.nextInt(4) == 0 ? "\n" : "\n\n");
			}
			String text = out.toString();
			return switch (r.nextInt(12)) {
				case 0 -> text.replace("\n", "\r\n");
				case 1 -> text.replace("\n", "\r");
				case 2 -> text.strip();
				default -> text;
			};
		}

		static String block(Random r, int depth) {
			int choice = r.nextInt(depth > 2 ? 18 : 26);
			return switch (choice) {
				case 0, 1, 2 -> atxHeading(r);
				case 3 -> setextHeading(r);
				case 4, 5 -> paragraph(r);
				case 6, 7 -> list(r, depth);
				case 8 -> quote(r, depth);
				case 9 -> fencedCode(r);
				case 10 -> indentedCode(r);
				case 11 -> table(r);
				case 12 -> pick(r, "---", "***", "___", "- - -", "* * *", "_ _ _", "----------", "===");
				case 13 -> tableOfContents(r);
				case 14 -> "[" + word(r) + "]: " + pick(r, URLS) + (r.nextBoolean() ? " \"" + word(r) + "\"" : "");
				case 15 -> randomUnicode(r, 1 + r.nextInt(60));
				case 16 -> mojibakeParagraph(r);
				case 17 -> pick(r, HTML) + (r.nextBoolean() ? "\n" + inline(r) : "");
				case 18 -> details(r, depth);
				case 19 -> listedQuestion(r, depth);
				case 20 -> deep(r);
				case 21 -> " ".repeat(r.nextInt(8)) + pick(r, "", "\t", " \t ", "\u00A0", "\u3000");
				case 22 -> directoryTree(r);
				case 23, 24 -> textQuestion(r, depth);
				default -> block(r, depth + 1) + "\n" + block(r, depth + 1);
			};
		}

		/**
		 * A question in one of the forms written in the text (docs/ARCHITECTURE.md, "Outline rules"):
		 * bold, {@code <details>}, a list item, {@code Q:}/{@code A:}, or the answer parts of a file
		 * that is one question; now and then broken (unclosed, empty, nested, mixed).
		 */
		private static String textQuestion(Random r, int depth) {
			String question = pick(r, "What is", "Why", "How does", "Explain", "Q1") + " " + inline(r)
					+ pick(r, "?", "?", "", "？", "? ***");
			String answer = r.nextInt(5) == 0 ? "" : block(r, depth + 1);
			return switch (r.nextInt(6)) {
				case 0 -> pick(r, "**", "__") + question + pick(r, "**", "__", "", "** tail") + "\n"
						+ pick(r, "", "\n") + answer;
				case 1 -> pick(r, "<details>", "<details open>", "<DETAILS>") + pick(r, "\n", "")
						+ pick(r, "<summary>", "<summary><b>", "<summary class=x>") + question
						+ pick(r, "</summary>", "</b></summary><br>", "", "</b></summary>\n") + "\n" + answer + "\n"
						+ pick(r, "</details>", "</details>", "", "</details></details>", "  </details> x");
				case 2 -> {
					StringBuilder list = new StringBuilder();
					String marker = pick(r, "- ", "* ", "1. ", "2) ", "+ ");
					for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
						list.append(marker).append(pick(r, "", "<b>")).append(question).append('\n');
						if (r.nextBoolean()) {
							list.append(pick(r, "", "\n")).append(indent(block(r, depth + 1), pick(r, "  ", "   ", "    ", " ")))
								.append('\n');
						}
					}
					yield list.toString();
				}
				case 3 -> pick(r, "Q: ", "**Q:** ", "Question: ", "q. ", "Q3) ", "__Q:__ ") + question + "\n"
						+ pick(r, "A: ", "**A:** ", "Answer: ", "", "\nA: ", "\n") + answer;
				case 4 -> "#".repeat(1 + r.nextInt(4)) + " " + question + "\n\n" + "#".repeat(2 + r.nextInt(4)) + " "
						+ pick(r, "Answer", "Good to hear", "Additional links", "Solution", "Notes") + "\n\n" + answer;
				default -> pick(r, "**", "") + pick(r, "Q: ", "") + question + pick(r, "**", "") + "\n\n" + answer;
			};
		}

		private static String indent(String text, String prefix) {
			return prefix + text.replace("\n", "\n" + prefix);
		}

		private static String atxHeading(Random r) {
			int level = 1 + r.nextInt(r.nextInt(10) == 0 ? 8 : 6);
			String space = r.nextInt(5) == 0 ? pick(r, "", "\t", "   ") : " ";
			String indent = r.nextInt(8) == 0 ? " ".repeat(r.nextInt(5)) : "";
			String closing = r.nextInt(6) == 0 ? " " + "#".repeat(r.nextInt(4)) : "";
			String text = r.nextInt(15) == 0 ? "" : inline(r);
			return indent + "#".repeat(level) + space + text + closing;
		}

		private static String setextHeading(Random r) {
			return inline(r) + "\n" + " ".repeat(r.nextInt(4)) + (r.nextBoolean() ? "=" : "-").repeat(1 + r.nextInt(6))
					+ (r.nextInt(6) == 0 ? " x" : "");
		}

		private static String paragraph(Random r) {
			StringBuilder out = new StringBuilder(inline(r));
			int lines = r.nextInt(4);
			for (int i = 0; i < lines; i++) {
				out.append(pick(r, "\n", "  \n", "\\\n", "\n ")).append(inline(r));
			}
			return out.toString();
		}

		private static String list(Random r, int depth) {
			StringBuilder out = new StringBuilder();
			String indent = depth == 0 ? "" : " ".repeat(r.nextInt(2 + depth * 3));
			int items = 1 + r.nextInt(5);
			boolean ordered = r.nextBoolean();
			for (int i = 0; i < items; i++) {
				String marker = ordered ? pick(r, (i + 1) + ".", (i + 1) + ")", "0.", "999999999.", "1234567890.")
						: pick(r, "-", "+", "*");
				out.append(indent).append(marker).append(pick(r, " ", " ", "  ", "\t", "     ", ""));
				out.append(r.nextInt(6) == 0 ? pick(r, "[ ] ", "[x] ", "[X] ") : "").append(inline(r)).append('\n');
				if (depth < 4 && r.nextInt(3) == 0) {
					out.append(list(r, depth + 1));
				}
				else if (r.nextInt(5) == 0) {
					out.append(" ".repeat(marker.length() + 1)).append(inline(r)).append('\n');
				}
			}
			return out.toString();
		}

		private static String quote(Random r, int depth) {
			String prefix = pick(r, ">", "> ", ">>", "> > ", ">>> ", " >");
			StringBuilder out = new StringBuilder();
			for (String line : block(r, depth + 1).split("\n", -1)) {
				out.append(r.nextInt(8) == 0 ? "" : prefix).append(line).append('\n');
			}
			return out.toString();
		}

		private static String fencedCode(Random r) {
			String fence = (r.nextBoolean() ? "`" : "~").repeat(3 + r.nextInt(3));
			String indent = " ".repeat(r.nextInt(r.nextInt(6) == 0 ? 6 : 2));
			String info = pick(r, "", "python", "js", "jsx", "bash", "java title=\"x\"", "a`b", "```", "{.class}",
					"python evil\"><script>", "language-js");
			StringBuilder out = new StringBuilder(indent + fence + info + "\n");
			int lines = r.nextInt(6);
			for (int i = 0; i < lines; i++) {
				out.append(pick(r, "def f(x):", "    return x", "# not a heading", "## nor this", "> nor a quote",
						"<script>alert(1)</script>", "- not a list", "```", "~~~", "", "\t", "const a = `b`;",
						"*not emphasis*", "[not](javascript:alert(1))", randomUnicode(r, 10), pick(r, MOJIBAKE)))
					.append('\n');
			}
			switch (r.nextInt(5)) {
				case 0 -> {
					// unclosed
				}
				case 1 -> out.append(fence.substring(1)).append('\n');
				case 2 -> out.append(fence).append(fence.charAt(0)).append('\n');
				default -> out.append(indent).append(fence).append('\n');
			}
			return out.toString();
		}

		private static String indentedCode(Random r) {
			StringBuilder out = new StringBuilder();
			int lines = 1 + r.nextInt(4);
			for (int i = 0; i < lines; i++) {
				out.append(pick(r, "    ", "\t", "     ", "  \t")).append(pick(r, inline(r), "```", "# heading?", "> q"))
					.append('\n');
			}
			return out.toString();
		}

		private static String table(Random r) {
			int columns = 1 + r.nextInt(4);
			StringBuilder out = new StringBuilder();
			out.append(row(r, columns)).append('\n');
			int separators = r.nextInt(5) == 0 ? columns + r.nextInt(3) - 1 : columns;
			StringBuilder separator = new StringBuilder(r.nextBoolean() ? "|" : "");
			for (int c = 0; c < Math.max(1, separators); c++) {
				separator.append(pick(r, "---", ":--", "--:", ":-:", "-", " --- ")).append('|');
			}
			out.append(separator).append('\n');
			int rows = r.nextInt(4);
			for (int i = 0; i < rows; i++) {
				out.append(row(r, columns + r.nextInt(3) - 1)).append('\n');
			}
			return out.toString();
		}

		private static String row(Random r, int cells) {
			StringBuilder out = new StringBuilder(r.nextBoolean() ? "| " : "");
			for (int c = 0; c < Math.max(0, cells); c++) {
				out.append(pick(r, word(r), inline(r), "`a|b`", "a \\| b", "", "[l](#x)")).append(" | ");
			}
			return out.toString().stripTrailing();
		}

		private static String tableOfContents(Random r) {
			StringBuilder out = new StringBuilder(pick(r, "## Table of Contents", "# Contents", "### TOC",
					"## Содержание", "**Table of Contents**", "## Оглавление."));
			out.append("\n\n");
			int links = r.nextInt(8);
			for (int i = 0; i < links; i++) {
				String text = word(r) + " " + word(r);
				out.append(pick(r, "- ", "* ", (i + 1) + ". ", "| "))
					.append("[")
					.append(text)
					.append("](#")
					.append(r.nextBoolean() ? GitHubSlugger.slug(text) : pick(r, URLS))
					.append(")\n");
			}
			return out.toString();
		}

		private static String details(Random r, int depth) {
			return pick(r, "<details>", "<details open>", "<DETAILS>", "<details class=x>") + "\n"
					+ (r.nextBoolean() ? pick(r, HTML) + "\n" : "") + "\n" + block(r, depth + 1) + "\n\n"
					+ block(r, depth + 1) + (r.nextInt(4) == 0 ? "" : "\n\n</details>");
		}

		private static String listedQuestion(Random r, int depth) {
			return (1 + r.nextInt(20)) + "." + pick(r, " ", "  ", "   ") + "#".repeat(1 + r.nextInt(4)) + " " + inline(r)
					+ "\n\n" + " ".repeat(r.nextInt(6)) + paragraph(r) + "\n" + (depth < 3 ? block(r, depth + 1) : "");
		}

		private static String mojibakeParagraph(Random r) {
			StringBuilder out = new StringBuilder();
			int words = 1 + r.nextInt(12);
			for (int i = 0; i < words; i++) {
				out.append(r.nextInt(3) == 0 ? pick(r, MOJIBAKE) : word(r)).append(r.nextInt(5) == 0 ? "" : " ");
			}
			return out.toString();
		}

		private static String directoryTree(Random r) {
			StringBuilder out = new StringBuilder("```\nproject/\n");
			int lines = 1 + r.nextInt(6);
			for (int i = 0; i < lines; i++) {
				out.append(pick(r, "â   ", "    ", "").repeat(r.nextInt(3)))
					.append(pick(r, "âââ ", "âââ", "ââ ", "â "))
					.append(word(r))
					.append('\n');
			}
			return out.append(r.nextBoolean() ? "```" : "").toString();
		}

		/** Nesting past the guard's limit, sometimes behind a line that looks like a fence. */
		private static String deep(Random r) {
			if (r.nextInt(6) != 0) {
				return block(r, 3);
			}
			// Past a few thousand levels flexmark overflows; each such parse costs up to a second.
			int n = 60 + r.nextInt(r.nextInt(8) == 0 ? 4_500 : 200);
			String nesting = switch (r.nextInt(14)) {
				case 0 -> ">".repeat(n) + " x";
				case 1 -> "- ".repeat(n) + "x";
				case 2 -> "1. ".repeat(n) + "x";
				case 3 -> "*a ".repeat(n) + "b" + " c*".repeat(n);
				case 4 -> "[".repeat(n) + "x" + "](#a)".repeat(n);
				case 5 -> "(*a ".repeat(n) + "b" + " a*)".repeat(n);
				case 6 -> "(_a ".repeat(n) + "b" + " a_)".repeat(n);
				case 7 -> "<em>".repeat(Math.min(n, 2_000)) + "x";
				case 8 -> "<div>\n".repeat(Math.min(n, 2_000)) + "x";
				case 9 -> "> - ".repeat(n) + "x";
				case 10 -> "**a ".repeat(n) + "b" + " c**".repeat(n);
				case 11 -> "[a ".repeat(n) + "b";
				case 12 -> {
					StringBuilder lines = new StringBuilder();
					for (int level = 0; level < Math.min(n, 300); level++) {
						lines.append("  ".repeat(level)).append("- item\n");
					}
					yield lines.toString();
				}
				default -> "~~a ".repeat(n) + "b" + " c~~".repeat(n);
			};
			return (r.nextInt(3) == 0 ? pick(r, FENCE_LIKE) + "\n" : "") + nesting;
		}

		static String inline(Random r) {
			StringBuilder out = new StringBuilder();
			int tokens = 1 + r.nextInt(10);
			for (int i = 0; i < tokens; i++) {
				out.append(token(r));
				out.append(r.nextInt(4) == 0 ? "" : " ");
			}
			return out.toString().stripTrailing();
		}

		private static String token(Random r) {
			return switch (r.nextInt(20)) {
				case 0, 1, 2, 3, 4, 5 -> word(r);
				case 6 -> emphasis(r);
				case 7 -> {
					String ticks = "`".repeat(1 + r.nextInt(3));
					yield ticks + pick(r, word(r), "a`b", " x ", "<script>", "`", "") + (r.nextInt(5) == 0 ? "" : ticks);
				}
				case 8 -> "[" + inlineShort(r) + "](" + pick(r, URLS)
						+ (r.nextInt(4) == 0 ? " \"" + pick(r, word(r), "\" onmouseover=\"x") + "\"" : "") + ")";
				case 9 -> "![" + pick(r, word(r), "", "alt \"q\"", "javascript:alert(1)") + "](" + pick(r, URLS) + ")";
				case 10 -> "<" + pick(r, "http://example.com", "https://x.y/a?b=c", "mailto:a@b.c", "a@b.c",
						"javascript:alert(1)", "not a link", "") + ">";
				case 11 -> pick(r, "www.example.com", "http://example.com/path_(x)", "https://x.y/a.", "x@y.com");
				case 12 -> "[" + word(r) + "]" + pick(r, "[" + word(r) + "]", "[]", "", "(#" + word(r) + ")");
				case 13 -> pick(r, HTML);
				case 14 -> pick(r, ENTITIES);
				case 15 -> pick(r, MOJIBAKE);
				case 16 -> randomUnicode(r, 1 + r.nextInt(6));
				case 17 -> "\\" + pick(r, "*", "_", "#", "[", "`", "\\", "<", "a", "");
				case 18 -> pick(r, "~~" + word(r) + "~~", "~" + word(r) + "~", "~~~");
				default -> pick(r, "*", "_", "**", "__", "***", "[", "]", "(", ")", "<", ">", "|", "!", "#", "`");
			};
		}

		private static String inlineShort(Random r) {
			return r.nextInt(3) == 0 ? emphasis(r) : word(r);
		}

		private static String emphasis(Random r) {
			String delimiter = pick(r, "*", "_", "**", "__", "***", "___", "*_", "_*");
			String text = r.nextInt(4) == 0 ? emphasis(r) : word(r);
			String open = r.nextInt(6) == 0 ? pick(r, "(", "\"", "a", " ") : "";
			String close = r.nextInt(6) == 0 ? pick(r, ")", ".", "a", " ") : "";
			String closing = r.nextInt(5) == 0 ? pick(r, "*", "_", "", "**")
					: new StringBuilder(delimiter).reverse().toString();
			return open + delimiter + text + closing + close;
		}

		private static String frontMatter(Random r) {
			StringBuilder out = new StringBuilder(pick(r, "---\n", "---\n", "--- \n", "+++\n"));
			int lines = r.nextInt(5);
			for (int i = 0; i < lines; i++) {
				out.append(pick(r, "title: " + inline(r), "title: \"Quoted: title\"", "title:", "title: ''",
						"lang: ru", "language: en-US", "lang: xx-YYYYYY", "lang: 日本", "tags: [a, b]", "- list item",
						"title: 'x'", ":", "  indented: x", "title: <script>alert(1)</script>", randomUnicode(r, 8)))
					.append('\n');
			}
			return out.append(pick(r, "---\n", "---\n", "...\n", "")).toString();
		}

		static String word(Random r) {
			return r.nextInt(10) == 0 ? randomUnicode(r, 1 + r.nextInt(4)) : pick(r, WORDS);
		}

		/** Code points of every kind: controls, C1, surrogate pairs, format and private use. */
		static String randomUnicode(Random r, int length) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < length; i++) {
				int cp = switch (r.nextInt(12)) {
					case 0 -> r.nextInt(40) == 0 ? 0 : 1 + r.nextInt(0x1F);
					case 1 -> 0x7F + r.nextInt(0x81);
					case 2 -> 0x10000 + r.nextInt(0x10FFFF - 0x10000 + 1);
					case 3 -> pickInt(r, 0x200B, 0x200C, 0x200D, 0x202E, 0x2066, 0xFEFF, 0x2028, 0x2029, 0x0085, 0xFFFD,
							0xFFFF, 0xFFFE, 0x0301, 0x0336, 0x00A0, 0x3000, 0x1F600, 0x1F9D1, 0xE0041, 0x10FFFF, 0x0130,
							0x212A, 0x00DF, 0xFB03);
					case 4 -> {
						int cp2 = r.nextInt(0xD800);
						yield cp2;
					}
					case 5 -> 0xE000 + r.nextInt(0x2000);
					case 6 -> 0x0400 + r.nextInt(0x100);
					default -> 0x20 + r.nextInt(0x5F);
				};
				out.appendCodePoint(cp);
			}
			return out.toString();
		}

		static String pick(Random r, String... options) {
			return options[r.nextInt(options.length)];
		}

		private static int pickInt(Random r, int... options) {
			return options[r.nextInt(options.length)];
		}

	}

	/** Mutated slices of the real corpora: byte flips, chunks inserted, cut, repeated, spliced. */
	static final class Mutator {

		private static final byte[] INTERESTING = { 0, '\n', '\r', '\t', '\f', 0x0B, 0x1B, 0x7F, '#', '>', '*', '_',
				'`', '[', ']', '(', ')', '<', '|', '-', '~', '\\', '!', (byte) 0x80, (byte) 0xBF, (byte) 0xC0,
				(byte) 0xC3, (byte) 0xE2, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF8,
				(byte) 0xFF };

		private static final String[] TOKENS = { "\n# ", "\n## ", "\n### ", "\n```\n", "\n~~~\n", "\n> ", "\n- ",
				"\n1. ", "<details>", "</details>", "*", "**", "_", "[", "](", ")", "\n---\n", "\n===\n", "\n    ",
				"<!--", "-->", "<script>", "|", "\n| a | b |\n|---|---|\n", "\\", "`", "â", "Ð¸", "Ã", "\uFEFF", "\r",
				"\r\n", "\n\n", "&#0;", "\u0000" };

		private Mutator() {
		}

		static byte[] mutatedSlice(Random r) {
			byte[] source = corpus.get(r.nextInt(corpus.size()));
			byte[] out = slice(r, source, 1 + r.nextInt(1 + r.nextInt(8 * 1024)));
			int mutations = 1 + r.nextInt(r.nextInt(4) == 0 ? 12 : 4);
			for (int m = 0; m < mutations; m++) {
				out = mutate(r, out);
			}
			return out;
		}

		private static byte[] mutate(Random r, byte[] in) {
			if (in.length == 0) {
				return chunk(r);
			}
			int at = r.nextInt(in.length + 1);
			if (r.nextInt(4) != 0) {
				// Mostly cut and insert between characters, so that not every case is bad UTF-8.
				while (at > 0 && at < in.length && (in[at] & 0xC0) == 0x80) {
					at--;
				}
			}
			return switch (r.nextInt(12)) {
				case 0 -> {
					byte[] out = in.clone();
					int i = Math.min(at, out.length - 1);
					out[i] ^= (byte) (1 << (r.nextInt(4) == 0 ? 7 : r.nextInt(7)));
					yield out;
				}
				case 1 -> {
					byte[] out = in.clone();
					out[Math.min(at, out.length - 1)] = INTERESTING[r.nextInt(INTERESTING.length)];
					yield out;
				}
				case 2, 3 -> insert(in, at, chunk(r));
				case 4, 5 -> {
					int length = Math.min(in.length - Math.min(at, in.length), 1 + r.nextInt(256));
					yield cut(in, at, at + length);
				}
				case 6 -> {
					int from = Math.min(at, in.length - 1);
					int length = 1 + r.nextInt(Math.min(64, in.length - from));
					byte[] piece = Arrays.copyOfRange(in, from, from + length);
					yield insert(in, from, repeat(piece, 1 + r.nextInt(r.nextInt(5) == 0 ? 400 : 20)));
				}
				case 7 -> {
					// splice: this input's head with a slice of another file
					byte[] other = corpus.get(r.nextInt(corpus.size()));
					yield concat(Arrays.copyOf(in, at), slice(r, other, 1 + r.nextInt(4096)));
				}
				case 8 -> Arrays.copyOf(in, at);
				case 9 -> insert(in, alignToLine(in, at), Grammar.block(r, 2).concat("\n").getBytes(StandardCharsets.UTF_8));
				case 10 -> {
					// swap two chunks
					int a = r.nextInt(in.length);
					int b = r.nextInt(in.length);
					int length = 1 + r.nextInt(Math.min(128, in.length - Math.max(a, b)));
					if (Math.abs(a - b) < length) {
						yield in;
					}
					byte[] out = in.clone();
					System.arraycopy(in, a, out, b, length);
					System.arraycopy(in, b, out, a, length);
					yield out;
				}
				default -> insert(in, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
			};
		}

		private static byte[] chunk(Random r) {
			return switch (r.nextInt(r.nextBoolean() ? 4 : 3)) {
				case 3 -> {
					byte[] random = new byte[1 + r.nextInt(32)];
					r.nextBytes(random);
					yield random;
				}
				case 1 -> Grammar.inline(r).getBytes(StandardCharsets.UTF_8);
				case 0 -> slice(r, corpus.get(r.nextInt(corpus.size())), 1 + r.nextInt(512));
				default -> TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
			};
		}

		/** A slice, usually starting at a line or at least a character; sometimes mid-character. */
		private static byte[] slice(Random r, byte[] source, int length) {
			int start = r.nextInt(source.length);
			int alignment = r.nextInt(20);
			if (alignment < 6) {
				start = alignToHeading(source, start);
			}
			else if (alignment < 12) {
				start = alignToLine(source, start);
			}
			else if (alignment < 18) {
				while (start > 0 && (source[start] & 0xC0) == 0x80) {
					start--;
				}
			}
			int end = Math.min(source.length, start + length);
			if (alignment < 18) {
				while (end < source.length && (source[end] & 0xC0) == 0x80) {
					end++;
				}
			}
			return Arrays.copyOfRange(source, start, end);
		}

		/** The start of the heading line at or before {@code at}, else of its line. */
		private static int alignToHeading(byte[] bytes, int at) {
			int start = alignToLine(bytes, at);
			while (start > 0 && bytes[start] != '#') {
				start = alignToLine(bytes, start - 1);
			}
			return bytes[start] == '#' ? start : alignToLine(bytes, at);
		}

		private static int alignToLine(byte[] bytes, int at) {
			int start = Math.min(at, bytes.length);
			while (start > 0 && bytes[start - 1] != '\n') {
				start--;
			}
			return start;
		}

		private static byte[] insert(byte[] in, int at, byte[] piece) {
			return concat(concat(Arrays.copyOf(in, at), piece), Arrays.copyOfRange(in, at, in.length));
		}

		private static byte[] cut(byte[] in, int from, int to) {
			return concat(Arrays.copyOf(in, from), Arrays.copyOfRange(in, to, in.length));
		}

		private static byte[] repeat(byte[] piece, int times) {
			byte[] out = new byte[piece.length * times];
			for (int i = 0; i < times; i++) {
				System.arraycopy(piece, 0, out, i * piece.length, piece.length);
			}
			return out;
		}

		private static byte[] concat(byte[] a, byte[] b) {
			byte[] out = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, out, a.length, b.length);
			return out;
		}

	}

}
