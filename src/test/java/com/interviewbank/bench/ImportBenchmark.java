package com.interviewbank.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.interviewbank.InterviewBankApplication;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;

/**
 * Times a full import of a guide into the bank (parse, write a new version, switch to it), warm,
 * against an H2 file database in a temporary folder. Run by {@code bench/serve.sh}.
 */
public final class ImportBenchmark {

	private static final int WARMUP_ROUNDS = 15;

	private static final int MEASURED_ROUNDS = 20;

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path guide = Path.of(args.length > 0 ? args[0] : "content/python-senior-lead-questions.md");
		Path dataDir = Files.createTempDirectory("bank-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InterviewBankApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--bank.data-dir=" + dataDir, "--bank.import-content-at-startup=false",
					"--logging.level.root=WARN")) {
			ImportService imports = context.getBean(ImportService.class);
			byte[] source = Files.readAllBytes(guide);
			String name = guide.getFileName().toString();
			for (int i = 0; i < WARMUP_ROUNDS; i++) {
				imports.importGuide(ImportRun.Source.API, name, variant(source, i), "bench");
			}
			double[] millis = new double[MEASURED_ROUNDS];
			for (int i = 0; i < MEASURED_ROUNDS; i++) {
				long start = System.nanoTime();
				imports.importGuide(ImportRun.Source.API, name, variant(source, WARMUP_ROUNDS + i), "bench");
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			System.out.printf("full import of %s into H2 (file), warm: min %.1f ms, median %.1f ms, max %.1f ms%n", name,
					millis[0], millis[MEASURED_ROUNDS / 2], millis[MEASURED_ROUNDS - 1]);
		}
	}

	/** The guide with a trailing comment, so each round is a new version and not "unchanged". */
	private static byte[] variant(byte[] source, int round) {
		return (new String(source, StandardCharsets.UTF_8) + "\n<!-- bench round " + round + " -->\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
