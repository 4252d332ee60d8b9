package com.interviewbank.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.ParsedGuide;

/**
 * Times decode + repair + parse + render + sanitize of whole guides, warm. Run by
 * {@code bench/parse.sh}; not a test, so no timing ever fails a build.
 */
public final class ParseBenchmark {

	private static final int WARMUP_ROUNDS = 150;

	private static final int MEASURED_ROUNDS = 50;

	private ParseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		GuideParser parser = new GuideParser();
		System.out.printf("%-60s %8s %7s %9s %9s %9s%n", "guide", "KB", "questions", "min ms", "median ms",
				"max ms");
		for (String arg : args) {
			Path path = Path.of(arg);
			byte[] source = Files.readAllBytes(path);
			String name = path.getFileName().toString();
			ParsedGuide guide = null;
			for (int i = 0; i < WARMUP_ROUNDS; i++) {
				guide = parser.parse(name, source);
			}
			double[] millis = new double[MEASURED_ROUNDS];
			for (int i = 0; i < MEASURED_ROUNDS; i++) {
				long start = System.nanoTime();
				guide = parser.parse(name, source);
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			System.out.printf("%-60s %8.0f %7d %9.1f %9.1f %9.1f%n", shorten(name), source.length / 1024.0,
					guide.questionCount(), millis[0], millis[MEASURED_ROUNDS / 2], millis[MEASURED_ROUNDS - 1]);
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("heap used after the runs: %.0f MB (max %.0f MB), %d cores%n",
				(runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() / 1048576.0,
				runtime.availableProcessors());
	}

	private static String shorten(String name) {
		return name.length() <= 60 ? name : name.substring(0, 57) + "...";
	}

}
