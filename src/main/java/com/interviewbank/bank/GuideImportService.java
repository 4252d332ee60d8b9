package com.interviewbank.bank;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.importer.GuideImportException;
import com.interviewbank.importer.GuideParser;
import com.interviewbank.importer.ParsedGuide;

/**
 * Stores a guide as a new version and makes it the active one (DESIGN.md, Model): the new
 * version's rows are written first, beside the active version, then the guide's pointer is
 * switched in one short transaction. If anything fails before the switch, what was written is
 * rolled back and readers never saw it. Every attempt is recorded as an {@link ImportRun}.
 */
@Service
public class GuideImportService {

	private static final Logger log = LoggerFactory.getLogger(GuideImportService.class);

	private final GuideParser parser;

	private final GuideRepository guides;

	private final ImportRunRepository runs;

	private final VersionWriter writer;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GuideImportService(GuideParser parser, GuideRepository guides, ImportRunRepository runs, VersionWriter writer,
			TransactionTemplate transactions, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.parser = parser;
		this.guides = guides;
		this.runs = runs;
		this.writer = writer;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Imports a guide and activates it, unless the active version already has these bytes.
	 * @throws GuideImportException when the importer refuses the guide (recorded as REJECTED)
	 * @throws ImportFailedException when it cannot be stored (recorded as FAILED)
	 */
	public ImportOutcome importGuide(ImportRun.Source source, String fileName, byte[] bytes, String actor) {
		String checksum = sha256(bytes);
		ImportRun run = this.runs.save(new ImportRun(null, source, fileName, checksum, actor, now()));
		ParsedGuide parsed;
		try {
			parsed = this.parser.parse(fileName, bytes);
		}
		catch (GuideImportException ex) {
			run.failed(ImportRun.Status.REJECTED, ex.httpStatus(), ex.getMessage(), now());
			this.runs.save(run);
			throw ex;
		}
		try {
			return store(run, source, fileName, checksum, parsed, actor);
		}
		catch (RuntimeException ex) {
			log.error("Import of {} failed; the bank is unchanged", fileName, ex);
			run.failed(ImportRun.Status.FAILED, 500, "Storing the guide failed: " + ex.getClass().getSimpleName(),
					now());
			this.runs.save(run);
			throw new ImportFailedException(run, ex);
		}
	}

	private ImportOutcome store(ImportRun run, ImportRun.Source source, String fileName, String checksum,
			ParsedGuide parsed, String actor) {
		Guide existing = this.guides.findBySlug(parsed.slug()).orElse(null);
		boolean unchanged = existing != null && existing.getActiveVersion() != null
				&& checksum.equals(existing.getActiveVersion().getChecksum());
		Long previousVersionId = existing != null && existing.getActiveVersion() != null
				? existing.getActiveVersion().getId() : null;
		GuideVersion version = unchanged ? existing.getActiveVersion() : this.transactions.execute(status -> {
			Guide guide = this.guides.findBySlug(parsed.slug())
				.orElseGet(() -> this.guides.save(new Guide(parsed.slug(), parsed.title(), parsed.language(), now())));
			return this.writer.write(guide, parsed, checksum, actor, now());
		});
		this.transactions.executeWithoutResult(status -> {
			Guide guide = this.guides.findBySlug(parsed.slug()).orElseThrow();
			if (!unchanged) {
				guide.activate(version, parsed.title(), parsed.language(), now());
			}
			if (source == ImportRun.Source.CONTENT) {
				guide.importedFromContent(fileName, checksum);
			}
		});
		if (!unchanged) {
			this.events.publishEvent(new VersionActivated(parsed.slug(), previousVersionId, version.getId()));
		}
		run.succeeded(unchanged ? ImportRun.Status.UNCHANGED : ImportRun.Status.APPLIED, version.getId(),
				parsed.outline().topicLevel(), parsed.outline().questionLevel(), parsed.topics().size(),
				parsed.questionCount(), this.json.writeValueAsString(parsed.repairs()),
				this.json.writeValueAsString(parsed.warnings()), now());
		run.forGuide(parsed.slug());
		this.runs.save(run);
		log.info("Imported {} as {} version {}: {} topics, {} questions, {} repairs, {} warnings", fileName,
				parsed.slug(), version.getNumber(), parsed.topics().size(), parsed.questionCount(),
				parsed.repairs().values().stream().mapToInt(Integer::intValue).sum(), parsed.warnings().size());
		return new ImportOutcome(run, parsed.slug(), parsed.repairs(), parsed.warnings());
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
