package com.interviewbank.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.SlugAliasRepository;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.markdown.RejectionReason;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Storing guides: the start-up rule for {@code content/}, and failures that leave the bank as
 * it was, recorded as import runs.
 */
@SharedBankTest
class ImportServiceTests {

	@TempDir
	static Path content;

	/** The start-up import, reading a folder of this class's own (the context's is the seed's). */
	private ContentFolderImport contentImporter;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideRepository guides;

	@Autowired
	private SlugAliasRepository aliases;


	@Autowired
	private QuestionRepository questions;

	@Autowired
	private ImportRunRepository runs;

	@Autowired
	private SeveralFilesProperties severalFilesLimits;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void emptyContentFolder() throws IOException {
		this.contentImporter = new ContentFolderImport(new ContentFolderProperties(content, false), this.imports,
				this.guides, this.aliases, this.severalFilesLimits);
		try (var files = Files.walk(content)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (!file.equals(content)) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void shouldImportASubfolderAsOneGuideThenSkipItUntilAFileChanges() throws IOException {
		Path folder = Files.createDirectories(content.resolve("folder-guide/parts"));
		Files.writeString(folder.getParent().resolve("index.md"), "# Folder guide\n\n- [Second](parts/b.md)\n- [First](parts/a.md)\n");
		Files.writeString(folder.resolve("a.md"), "# Part A\n\n## What is A?\n\nA.\n");
		Files.writeString(folder.resolve("b.md"), "# Part B\n\n## What is B?\n\nB.\n");
		assertThat(this.contentImporter.importContent()).isEqualTo(1);
		java.util.List<String> questionFiles = this.transactions.execute(status -> this.questions
			.findByVersionOrderByPosition(this.guides.findBySlug("folder-guide").orElseThrow().getActiveVersion())
			.stream()
			.map(q -> q.getSlug() + "@" + q.getSourceFile())
			.toList());
		assertThat(questionFiles).containsExactly("what-is-b@parts/b.md", "what-is-a@parts/a.md");

		assertThat(this.contentImporter.importContent()).isZero();
		Files.writeString(folder.resolve("a.md"), "# Part A\n\n## What is A?\n\nA, edited.\n");
		assertThat(this.contentImporter.importContent()).isEqualTo(1);
		assertThat(activeVersionNumber("folder-guide")).isEqualTo(2);
	}

	@Test
	void shouldImportANewFileThenSkipItUntilItChanges() throws IOException {
		Path file = content.resolve("startup-rule.md");
		Files.writeString(file, "# Start-up\n\n## First question\n\nAnswer one.\n");
		assertThat(this.contentImporter.importContent()).isEqualTo(1);
		assertThat(activeVersionNumber("startup-rule")).isEqualTo(1);

		assertThat(this.contentImporter.importContent()).isZero();
		assertThat(activeVersionNumber("startup-rule")).isEqualTo(1);

		Files.writeString(file, "# Start-up\n\n## First question\n\nAnswer one, edited.\n\n## Second question\n");
		assertThat(this.contentImporter.importContent()).isEqualTo(1);
		assertThat(activeVersionNumber("startup-rule")).isEqualTo(2);
		assertThat(questionCount("startup-rule")).isEqualTo(2);
	}

	@Test
	void shouldNotReplaceAnUploadedVersionWithTheUnchangedFileAtTheNextStart() throws IOException {
		Path file = content.resolve("uploaded-later.md");
		Files.writeString(file, "# Uploaded\n\n## Old question\n");
		this.contentImporter.importContent();
		this.imports.importGuide(ImportRun.Source.UPLOAD, "uploaded-later.md",
				"# Uploaded\n\n## Old question\n\n## New question\n".getBytes(StandardCharsets.UTF_8), "admin");
		assertThat(activeVersionNumber("uploaded-later")).isEqualTo(2);

		assertThat(this.contentImporter.importContent()).isZero();
		assertThat(activeVersionNumber("uploaded-later")).isEqualTo(2);
		assertThat(questionCount("uploaded-later")).isEqualTo(2);
	}

	@Test
	void shouldKeepStableKeysOfQuestionsWhoseSlugStays() {
		this.imports.importGuide(ImportRun.Source.API, "stable.md", "# S\n\n## Kept\n\nA\n\n## Gone\n".getBytes(StandardCharsets.UTF_8),
				"admin");
		String key = stableKey("stable", "kept");
		this.imports.importGuide(ImportRun.Source.API, "stable.md", "# S\n\n## Kept\n\nA, edited\n".getBytes(StandardCharsets.UTF_8),
				"admin");
		assertThat(stableKey("stable", "kept")).isEqualTo(key);
	}

	@Test
	void shouldRecordAnUnchangedImportWithoutANewVersion() {
		byte[] guide = "# Same\n\n## Q\n".getBytes(StandardCharsets.UTF_8);
		this.imports.importGuide(ImportRun.Source.API, "same.md", guide, "admin");
		ImportOutcome again = this.imports.importGuide(ImportRun.Source.API, "same.md", guide, "admin");
		assertThat(again.run().getStatus()).isEqualTo(ImportRun.Status.UNCHANGED);
		assertThat(activeVersionNumber("same")).isEqualTo(1);
	}

	@Test
	void shouldKeepTheBankAsItWasWhenTheImporterRefusesAGuide() {
		this.imports.importGuide(ImportRun.Source.API, "refused.md", "# R\n\n## Q\n".getBytes(StandardCharsets.UTF_8), "admin");
		byte[] notUtf8 = "# R\n\n## Qu'est-ce que c'est, café ?\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(RejectedGuideException.class)
			.isThrownBy(() -> this.imports.importGuide(ImportRun.Source.API, "refused.md", notUtf8, "admin"))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(RejectionReason.NOT_UTF8));
		assertThat(activeVersionNumber("refused")).isEqualTo(1);
		ImportRun last = this.runs.findAllByOrderByStartedAtDescIdDesc().get(0);
		assertThat(last.getStatus()).isEqualTo(ImportRun.Status.REJECTED);
		assertThat(last.getHttpStatus()).isEqualTo(422);
		assertThat(last.getError()).contains("not valid UTF-8");
	}

	@Test
	void shouldKeepTheBankAsItWasWhenStoringAVersionFails() {
		this.imports.importGuide(ImportRun.Source.API, "too-long.md", "# T\n\n## Q\n\nA\n".getBytes(StandardCharsets.UTF_8),
				"admin");
		// A heading longer than the slug column: the database refuses the row half-way through.
		String tooLong = "# T\n\n## Q\n\nA, edited\n\n## " + "word ".repeat(120) + "\n";
		assertThatExceptionOfType(ImportFailedException.class).isThrownBy(() -> this.imports
			.importGuide(ImportRun.Source.API, "too-long.md", tooLong.getBytes(StandardCharsets.UTF_8), "admin"));
		assertThat(activeVersionNumber("too-long")).isEqualTo(1);
		assertThat(questionCount("too-long")).isEqualTo(1);
		String answer = this.transactions.execute(status -> this.questions
			.findByVersionOrderByPosition(this.guides.findBySlug("too-long").orElseThrow().getActiveVersion())
			.get(0)
			.getAnswerMarkdown());
		assertThat(answer).isEqualTo("A");
		ImportRun last = this.runs.findAllByOrderByStartedAtDescIdDesc().get(0);
		assertThat(last.getStatus()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(last.getVersionId()).isNull();
	}

	private int activeVersionNumber(String slug) {
		return this.transactions
			.execute(status -> this.guides.findBySlug(slug).orElseThrow().getActiveVersion().getNumber());
	}

	private int questionCount(String slug) {
		return this.transactions.execute(status -> this.questions
			.findByVersionOrderByPosition(this.guides.findBySlug(slug).orElseThrow().getActiveVersion())
			.size());
	}

	private String stableKey(String guide, String question) {
		return this.transactions.execute(status -> this.questions
			.findByVersionAndSlug(this.guides.findBySlug(guide).orElseThrow().getActiveVersion(), question)
			.orElseThrow()
			.getStableKey());
	}

}
