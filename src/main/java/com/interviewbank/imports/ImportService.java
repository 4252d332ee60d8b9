package com.interviewbank.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.Outline;
import com.interviewbank.markdown.ParsedGuide;
import com.interviewbank.markdown.GuideFiles;
import com.interviewbank.markdown.ParsedFiles;
import com.interviewbank.markdown.SeveralFilesParser;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.system.Sha256;

/**
 * Imports guides (docs/ARCHITECTURE.md, "Model" and "The import path"). The new version's rows
 * are written first, beside the active one, then the guide's pointer is switched in one short
 * transaction. If anything
 * fails before the switch, what was written is rolled back and readers never saw it. A dry run only
 * compares and keeps the source, to be applied later if the guide has not changed since. One
 * import runs at a time, across all nodes ({@link ImportLock}); every attempt is recorded as an
 * {@link ImportRun}.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final GuideParser parser;

	private final SeveralFilesParser severalFiles;

	private final GuideRepository guides;

	private final ImportRunRepository runs;

	private final VersionSwitch versions;

	private final JsonMapper json;

	private final Clock clock;

	private final ImportLock oneAtATime;

	private final ImportProgress progress;

	ImportService(GuideParser parser, SeveralFilesParser severalFiles, GuideRepository guides, ImportRunRepository runs, VersionSwitch versions,
			JsonMapper json, Clock clock, ImportProgress progress, ImportLock oneAtATime) {
		this.parser = parser;
		this.severalFiles = severalFiles;
		this.guides = guides;
		this.runs = runs;
		this.versions = versions;
		this.json = json;
		this.clock = clock;
		this.progress = progress;
		this.oneAtATime = oneAtATime;
	}

	/** Imports and activates a guide, unless the active version already has these bytes. */
	public ImportOutcome importGuide(ImportRun.Source source, String fileName, byte[] bytes, String actor) {
		return run(ImportRequest.of(source, fileName, bytes, actor));
	}

	/**
	 * @throws RejectedGuideException when the importer refuses the guide (recorded as REJECTED)
	 * @throws ImportFailedException when it cannot be stored (recorded as FAILED)
	 * @throws ImportConflictException when another import is in progress (409)
	 * @throws InvalidSlugException when the slug asked for breaks {@link GuideSlugs} (nothing recorded)
	 */
	public ImportOutcome run(ImportRequest request) {
		if (request.guideSlug() != null) {
			GuideSlugs.check(request.guideSlug());
		}
		return exclusively(() -> runLocked(request, null));
	}

	/**
	 * Applies a dry run, if its guide is still at the version it was compared with.
	 * @throws ImportConflictException if the guide changed since, or another import is in progress
	 */
	public ImportOutcome apply(long dryRunId, String actor) {
		return exclusively(() -> {
			ImportRun dryRun = this.runs.findById(dryRunId)
				.filter(run -> run.getStatus() == ImportRun.Status.DRY_RUN && run.getSourceMarkdown() != null)
				.orElseThrow(() -> new ImportConflictException("Import " + dryRunId + " is not a dry run waiting to be applied."));
			Long current = this.guides.findBySlug(dryRun.getGuideSlug())
				.map(guide -> guide.getActiveVersion() != null ? guide.getActiveVersion().getId() : null)
				.orElse(null);
			if (!java.util.Objects.equals(current, dryRun.getBaseVersionId())) {
				throw new ImportConflictException("The guide changed since this dry run; run a new dry run and review it again.");
			}
			byte[] bytes = dryRun.getSourceMarkdown().getBytes(StandardCharsets.UTF_8);
			GuideFiles files = dryRun.getSourceBundle() != null ? GuideZip.readKept(dryRun.getSourceBundle()) : null;
			ImportRequest.FromCommit commit = dryRun.getCommitId() != null
					? new ImportRequest.FromCommit(dryRun.getSourceId(), dryRun.getCommitId(), List.of()) : null;
			return runLocked(new ImportRequest(dryRun.getSource(), dryRun.getFileName(), bytes, dryRun.getGuideSlug(),
					actor, false, files, commit, dryRun.getSourceWebUrl()), dryRun);
		});
	}

	/**
	 * Records a check of a Git source that imported nothing: the commit the guide already has
	 * ({@code UNCHANGED}, with the active version's counts), or a fetch that failed ({@code FAILED},
	 * 502, with its reason). The guide is untouched either way.
	 */
	public ImportRun recordCheck(String guideSlug, String name, String actor, ImportRequest.FromCommit commit,
			String failure) {
		GuideVersion active = failure != null ? null
				: this.guides.findBySlug(guideSlug).map(Guide::getActiveVersion).orElseThrow();
		ImportRun run = new ImportRun(guideSlug, ImportRun.Source.GIT, name, active != null ? active.getChecksum() : null,
				actor, now());
		run.fromCommit(commit.sourceId(), commit.id(), this.json.writeValueAsString(commit.commits()));
		if (failure != null) {
			run.failed(ImportRun.Status.FAILED, 502, failure, now());
			return this.runs.save(run);
		}
		run.compared(active.getId(), this.json.writeValueAsString(VersionDiff.NONE));
		run.succeeded(ImportRun.Status.UNCHANGED, active.getId(), active.getTopicLevel(), active.getQuestionLevel(),
				active.getTopicCount(), active.getQuestionCount(), "{}", "[]", "[]", now());
		return this.runs.save(run);
	}

	/** Throws a dry run away: it can no longer be applied. */
	public void discard(long dryRunId) {
		this.runs.findById(dryRunId).filter(run -> run.getStatus() == ImportRun.Status.DRY_RUN).ifPresent(run -> {
			run.keepSource(null);
			this.runs.save(run);
		});
	}

	private ImportOutcome exclusively(java.util.function.Supplier<ImportOutcome> work) {
		if (!this.oneAtATime.tryAcquire()) {
			throw new ImportConflictException("An import is in progress; try again when it is done.");
		}
		try {
			return work.get();
		}
		finally {
			this.oneAtATime.release();
		}
	}

	private ImportOutcome runLocked(ImportRequest request, ImportRun dryRun) {
		String checksum = request.files() != null ? request.files().checksum() : Sha256.of(request.bytes());
		ImportRun run = dryRun != null ? dryRun : this.runs.save(newRun(request, checksum));
		String slugGuess = request.guideSlug() != null ? request.guideSlug() : GuideParser.slugOf(request.fileName());
		Guide known = this.guides.findBySlug(slugGuess).orElse(null);
		Outline outline = known != null ? known.outline() : Outline.DETECT;
		Outline previous = previousOutline(known, checksum);
		// a guide's first import from a Git source takes the source's web address
		String sourceWebUrl = known != null && known.getSourceWebUrl() != null ? known.getSourceWebUrl()
				: request.sourceWebUrl();
		ParsedFiles parsed;
		this.progress.phase(slugGuess, "parsing");
		try {
			parsed = request.files() != null
					? this.severalFiles.parse(request.fileName(), request.files(), outline, previous, sourceWebUrl)
					: new ParsedFiles(this.parser.parse(request.fileName(), request.bytes(), outline, previous,
							path -> false, sourceWebUrl), Map.of(), List.of());
		}
		catch (RejectedGuideException ex) {
			run.failed(ImportRun.Status.REJECTED, ex.httpStatus(), ex.getMessage(), now());
			this.runs.save(run);
			throw ex;
		}
		String slug = request.guideSlug() != null ? request.guideSlug() : parsed.guide().slug();
		if (!GuideSlugs.isValid(slug)) {
			run.failed(ImportRun.Status.REJECTED, 400, "The file name gives no valid slug; name the guide.", now());
			this.runs.save(run);
			GuideSlugs.check(slug);
		}
		run.forGuide(slug);
		try {
			return store(run, request, slug, checksum, parsed);
		}
		catch (RuntimeException ex) {
			log.error("Import of {} failed; the bank is unchanged", request.fileName(), ex);
			run.failed(ImportRun.Status.FAILED, 500, "Storing the guide failed: " + ex.getClass().getSimpleName(), now());
			this.runs.save(run);
			throw new ImportFailedException(run, ex);
		}
	}

	private ImportRun newRun(ImportRequest request, String checksum) {
		ImportRun run = new ImportRun(request.guideSlug(), request.source(), request.fileName(), checksum,
				request.actor(), now()).heldByLock(this.oneAtATime.token());
		if (request.commit() != null) {
			run.fromCommit(request.commit().sourceId(), request.commit().id(),
					this.json.writeValueAsString(request.commit().commits()));
		}
		return run;
	}

	/**
	 * The outline a re-import keeps while the text fits it, so that outlines do not flip between
	 * versions: the active version's, or, for the very bytes of an earlier version (a restore), that
	 * version's.
	 */
	private Outline previousOutline(Guide known, String checksum) {
		if (known == null || known.getActiveVersion() == null) {
			return null;
		}
		return this.versions.withChecksum(known, checksum)
			.orElse(known.getActiveVersion())
			.outline();
	}

	private ImportOutcome store(ImportRun run, ImportRequest request, String slug, String checksum,
			ParsedFiles files) {
		ParsedGuide parsed = files.guide();
		Guide existing = this.guides.findBySlug(slug).orElse(null);
		GuideVersion active = existing != null ? existing.getActiveVersion() : null;
		this.progress.phase(slug, "diffing");
		VersionDiff diff = VersionDiff.of(this.versions.entriesOf(active), entriesOf(files));
		byte[] bundle = request.files() != null ? GuideZip.write(request.files()) : null;
		run.compared(active != null ? active.getId() : null, this.json.writeValueAsString(diff));
		boolean unchanged = active != null && checksum.equals(active.getChecksum())
				&& parsed.outline().equals(active.outline())
				&& java.util.Objects.equals(active.getSourceWebUrl(), existing.getSourceWebUrl())
				// the same file read into other questions or metadata (a newer importer) is a new version
				&& diff.isEmpty();
		run.readAs(parsed.outline().form());
		if (request.dryRun()) {
			run.succeeded(ImportRun.Status.DRY_RUN, null, parsed.outline().topicLevel(), parsed.outline().questionLevel(),
					parsed.topics().size(), parsed.questionCount(), this.json.writeValueAsString(parsed.repairs()),
					this.json.writeValueAsString(parsed.warnings()), this.json.writeValueAsString(parsed.repairChoices()),
					now());
			run.keepSource(parsed.sourceMarkdown());
			run.keepBundle(bundle);
			run.keepSourceWebUrl(request.sourceWebUrl());
			this.runs.save(run);
			return outcome(run, slug, parsed, diff, request);
		}
		VersionSwitch.NewVersion next = new VersionSwitch.NewVersion(slug, request, checksum, parsed, diff,
				files.questionFiles(), bundle, files.images());
		this.progress.phase(slug, "writing and indexing");
		GuideVersion version = unchanged ? active : this.versions.write(next);
		this.progress.phase(slug, "switching");
		this.versions.switchTo(next, active, version, unchanged);
		run.succeeded(unchanged ? ImportRun.Status.UNCHANGED : ImportRun.Status.APPLIED, version.getId(),
				parsed.outline().topicLevel(), parsed.outline().questionLevel(), parsed.topics().size(),
				parsed.questionCount(), this.json.writeValueAsString(parsed.repairs()),
				this.json.writeValueAsString(parsed.warnings()), this.json.writeValueAsString(parsed.repairChoices()),
				now());
		if (!unchanged) {
			run.applied(version.getId(), now());
		}
		this.runs.save(run);
		log.info("Imported {} as {} version {}: {} topics, {} questions, {} added, {} changed, {} renamed, {} removed",
				request.fileName(), slug, version.getNumber(), parsed.topics().size(), parsed.questionCount(),
				diff.added().size(), diff.changed().size(), diff.renamed().size(), diff.removed().size());
		return outcome(run, slug, parsed, diff, request);
	}

	private static ImportOutcome outcome(ImportRun run, String slug, ParsedGuide parsed, VersionDiff diff,
			ImportRequest request) {
		return new ImportOutcome(run, slug, parsed.outline(), parsed.topics().size(), parsed.questionCount(), diff,
				parsed.repairs(), parsed.warnings(), parsed.repairChoices(),
				request.commit() != null ? request.commit().commits() : List.of());
	}

	private static List<VersionDiff.Entry> entriesOf(ParsedFiles files) {
		return files.guide()
			.topics()
			.stream()
			.flatMap(topic -> topic.items().stream())
			.map(q -> new VersionDiff.Entry(q.slug(), q.title(), q.answerMarkdown(), q.answerHash(), q.metadata(),
					files.questionFiles().get(q.slug())))
			.toList();
	}

	private Instant now() {
		return this.clock.instant();
	}

}
