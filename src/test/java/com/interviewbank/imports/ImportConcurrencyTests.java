package com.interviewbank.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One import at a time: a second one answers "in progress" and changes nothing, while the first
 * reports its phase.
 */
@SharedBankTest
class ImportConcurrencyTests {

	@Autowired
	private ImportService imports;

	@Autowired
	private ImportProgress progress;

	@Autowired
	private GuideRepository guides;

	@Test
	void shouldRefuseASecondImportWhileOneRunsAndShowTheFirstOnesPhase() throws Exception {
		byte[] large = Files.readAllBytes(Path.of("src/test/resources/corpora/sudheerj__reactjs-interview-questions__README.md"));
		CompletableFuture<ImportOutcome> first = CompletableFuture
			.supplyAsync(() -> this.imports.importGuide(ImportRun.Source.API, "react.md", large, "admin"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!this.progress.snapshot().running() && !first.isDone() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		ImportProgress.Snapshot running = this.progress.snapshot();
		assertThat(running.running()).as("the first import is still running").isTrue();
		assertThat(running.guide()).isEqualTo("react");
		assertThat(running.phase()).isIn("parsing", "diffing", "writing and indexing", "switching");
		assertThatExceptionOfType(ImportConflictException.class)
			.isThrownBy(() -> this.imports.importGuide(ImportRun.Source.API, "second.md",
					"# Second\n\n## Q\n".getBytes(StandardCharsets.UTF_8), "admin"))
			.withMessage("An import is in progress; try again when it is done.");
		assertThat(first.get(60, TimeUnit.SECONDS).applied()).isTrue();
		assertThat(this.progress.snapshot().running()).isFalse();
		assertThat(this.guides.findBySlug("second")).isEmpty();
	}

}
