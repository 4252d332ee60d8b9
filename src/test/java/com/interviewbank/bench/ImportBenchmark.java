package com.interviewbank.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.interviewbank.InterviewBankApplication;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.markdown.GuideParser;

/**
 * Times a full import of a guide into the bank (parse, write a new version, index it, switch to
 * it), warm, against an H2 file database in a temporary folder (the whole app, on a random port).
 * Run by {@code bench/serve.sh} (the seed) and {@code bench/import.sh} (a big guide, with
 * {@code -Dbench.warmup} and {@code -Dbench.rounds}). Besides the wall-clock time, each round's CPU
 * time of the whole process is given: on a machine that other work keeps busy, it is the steadier
 * figure; the parse alone is timed too, to tell it from the writing and indexing.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path guide = Path.of(args.length > 0 ? args[0] : "content/python-senior-lead-questions.md");
		int warmupRounds = Integer.getInteger("bench.warmup", 15);
		int measuredRounds = Integer.getInteger("bench.rounds", 20);
		boolean verbose = measuredRounds < 5;
		Path dataDir = Files.createTempDirectory("bank-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InterviewBankApplication.class)
			.logStartupInfo(false)
			.run("--bank.data-dir=" + dataDir, "--server.port=0", "--bank.import-content-at-startup=false",
					"--logging.level.root=WARN")) {
			ImportService imports = context.getBean(ImportService.class);
			GuideParser parser = context.getBean(GuideParser.class);
			byte[] source = Files.readAllBytes(guide);
			String name = guide.getFileName().toString();
			for (int i = 0; i < warmupRounds; i++) {
				Round round = Round.start();
				ImportOutcome outcome = imports.importGuide(ImportRun.Source.API, name, variant(source, i), "bench");
				if (verbose) {
					System.out.printf("warm-up round %d (%s, %d questions): %s%n", i + 1,
							i == 0 ? "a new guide" : "a new version", outcome.questions(), round.end());
				}
			}
			double[] millis = new double[measuredRounds];
			int questions = 0;
			for (int i = 0; i < measuredRounds; i++) {
				Round round = Round.start();
				questions = imports.importGuide(ImportRun.Source.API, name, variant(source, warmupRounds + i), "bench")
					.questions();
				String took = round.end();
				millis[i] = round.wallMillis();
				if (verbose) {
					Round parse = Round.start();
					parser.parse(name, variant(source, warmupRounds + i));
					System.out.printf("round %d (a new version): %s; the parse alone: %s%n", i + 1, took, parse.end());
				}
			}
			Arrays.sort(millis);
			System.out.printf("full import of %s (%d questions) into H2 (file), warm: min %.1f ms, median %.1f ms, max %.1f ms%n",
					name, questions, millis[0], millis[measuredRounds / 2], millis[measuredRounds - 1]);
		}
	}

	/** The guide with a trailing comment, so each round is a new version and not "unchanged". */
	private static byte[] variant(byte[] source, int round) {
		return (new String(source, StandardCharsets.UTF_8) + "\n<!-- bench round " + round + " -->\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Wall-clock and process CPU time from its start. */
	private static final class Round {

		private final long wallStart = System.nanoTime();

		private final long cpuStart = processCpuNanos();

		private long wallEnd;

		static Round start() {
			return new Round();
		}

		String end() {
			this.wallEnd = System.nanoTime();
			return String.format("%.1f ms, process CPU %.1f s", wallMillis(), (processCpuNanos() - this.cpuStart) / 1e9);
		}

		double wallMillis() {
			return (this.wallEnd - this.wallStart) / 1e6;
		}

		private static long processCpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

	}

}
