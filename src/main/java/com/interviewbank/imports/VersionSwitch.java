package com.interviewbank.imports;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideAssets;
import com.interviewbank.guide.GuideRemoved;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.VersionActivated;
import com.interviewbank.markdown.GuideImage;
import com.interviewbank.markdown.ParsedGuide;

/**
 * The write side of an apply (docs/ARCHITECTURE.md, "The import path"): the new version's rows
 * written beside the active one, then the guide switched to it in one short transaction with every
 * old link kept. If the switch fails, the written version is deleted and readers never saw it.
 */
@Component
class VersionSwitch {

	/**
	 * What one apply writes: a parsed guide, as which guide, from which file, by whom.
	 * @param questionFiles the file each question came from, by slug (empty for a guide of one file)
	 * @param bundle the files of a guide of several files as a zip, or null
	 * @param images the images stored with the version
	 */
	record NewVersion(String slug, ImportRequest request, String checksum, ParsedGuide parsed, VersionDiff diff,
			Map<String, String> questionFiles, byte[] bundle, List<GuideImage> images) {

		NewVersion(String slug, ImportRequest request, String checksum, ParsedGuide parsed, VersionDiff diff) {
			this(slug, request, checksum, parsed, diff, Map.of(), null, List.of());
		}

		String commitId() {
			return this.request.commit() != null ? this.request.commit().id() : null;
		}

	}

	private final GuideRepository guides;

	private final GuideVersionRepository versions;

	private final QuestionRepository questions;

	private final VersionWriter writer;

	private final OldSlugs oldSlugs;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GuideAssets assets;

	VersionSwitch(GuideRepository guides, GuideVersionRepository versions, QuestionRepository questions,
			VersionWriter writer, OldSlugs oldSlugs, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock, GuideAssets assets) {
		this.assets = assets;
		this.guides = guides;
		this.versions = versions;
		this.questions = questions;
		this.writer = writer;
		this.oldSlugs = oldSlugs;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the version's rows (and so its search documents) without serving them yet. */
	GuideVersion write(NewVersion next) {
		ParsedGuide parsed = next.parsed();
		return this.transactions.execute(status -> {
			Guide guide = this.guides.findBySlug(next.slug())
				.orElseGet(() -> this.guides.save(new Guide(next.slug(), parsed.title(), parsed.language(), this.clock.instant())));
			if (guide.getSourceWebUrl() == null && next.request().sourceWebUrl() != null) {
				guide.sourceWebUrl(next.request().sourceWebUrl(), this.clock.instant());
			}
			GuideVersion version = this.writer.write(guide, parsed, next.checksum(), next.request().actor(),
					this.clock.instant(), next.diff().renames(), next.questionFiles());
			version.madeFrom(next.bundle(), next.commitId());
			this.assets.store(version, next.images());
			return version;
		});
	}

	/**
	 * Makes {@code version} the guide's active one (unless it already is: {@code unchanged}), and
	 * notes the file it came from for a guide of {@code content/}.
	 */
	void switchTo(NewVersion next, GuideVersion active, GuideVersion version, boolean unchanged) {
		try {
			this.transactions.executeWithoutResult(status -> {
				Guide guide = this.guides.findBySlug(next.slug()).orElseThrow();
				if (!unchanged) {
					guide.activate(version, next.parsed().title(), next.parsed().language(), this.clock.instant());
					this.oldSlugs.record(guide, active, version, next.diff(), this.clock.instant());
				}
				if (next.request().source() == ImportRun.Source.CONTENT) {
					guide.importedFromContent(next.request().fileName(), next.checksum());
				}
			});
		}
		catch (RuntimeException ex) {
			if (!unchanged) {
				discard(next.slug(), version);
			}
			throw ex;
		}
		if (!unchanged) {
			this.events.publishEvent(
					new VersionActivated(next.slug(), active != null ? active.getId() : null, version.getId()));
		}
	}

	/** The questions of a stored version, as the diff compares them. */
	/** The latest version of the guide made from these bytes, if any. */
	java.util.Optional<GuideVersion> withChecksum(Guide guide, String checksum) {
		return this.versions.findFirstByGuideAndChecksumOrderByNumberDesc(guide, checksum);
	}

	List<VersionDiff.Entry> entriesOf(GuideVersion version) {
		if (version == null) {
			return List.of();
		}
		return this.transactions.execute(status -> this.questions.findByVersionOrderByPosition(version)
			.stream()
			.map(q -> new VersionDiff.Entry(q.getSlug(), q.getTitle(), q.getAnswerMarkdown(), q.getAnswerHash(),
					q.getMetadata(), q.getSourceFile()))
			.toList());
	}

	/** Deletes a version that was written but never switched on, and its search documents. */
	private void discard(String slug, GuideVersion version) {
		List<Long> questionIds = this.transactions.execute(status -> this.questions.idsInVersion(version.getId()));
		this.transactions.executeWithoutResult(status -> this.versions.deleteById(version.getId()));
		this.events.publishEvent(new GuideRemoved(slug, questionIds));
	}

}
