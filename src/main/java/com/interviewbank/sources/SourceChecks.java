package com.interviewbank.sources;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRequest;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.imports.VersionDiff;
import com.interviewbank.system.NotFoundException;

/**
 * "Check for updates" (docs/ARCHITECTURE.md, "Git sources"): fetch the source, read the guide at the
 * branch's head (or a commit or tag), and dry-run it with the commits since the live version's
 * commit. A source set to apply automatically applies a dry run that removes and renames nothing;
 * any other waits for an admin. A fetch that fails is a failed run in the history; the live
 * version is untouched. One check at a time on a node (the clone is shared).
 */
@Service
public class SourceChecks {

	private static final Logger log = LoggerFactory.getLogger(SourceChecks.class);

	private final GitSourceRepository sources;

	private final GitFetcher fetcher;

	private final ImportService imports;

	private final GuideRepository guides;

	private final SecretBox secrets;

	private final Clock clock;

	SourceChecks(GitSourceRepository sources, GitFetcher fetcher, ImportService imports, GuideRepository guides,
			SecretBox secrets, Clock clock) {
		this.sources = sources;
		this.fetcher = fetcher;
		this.imports = imports;
		this.guides = guides;
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * @param ref a commit id or tag, or null for the branch's head
	 * @throws FetchFailedException when the fetch failed (recorded as a failed run)
	 * @throws com.interviewbank.imports.ImportConflictException when an import is running
	 * @throws com.interviewbank.markdown.RejectedGuideException when the files are no guide (recorded)
	 */
	public synchronized ImportOutcome check(long id, String ref, String actor) {
		GitSource source = this.sources.findById(id).orElseThrow(() -> new NotFoundException("No source " + id));
		GuideVersion live = this.guides.findBySlug(source.getGuideSlug()).map(Guide::getActiveVersion).orElse(null);
		String liveCommit = live != null ? live.getCommitId() : null;
		GitFetcher.Snapshot snapshot;
		try {
			String token = source.hasToken() ? this.secrets.decrypt(source.getTokenEncrypted()) : null;
			snapshot = this.fetcher.fetch(source, ref, liveCommit, token);
		}
		catch (GitFetcher.FetchException | IllegalStateException ex) {
			checked(source);
			ImportRun run = this.imports.recordCheck(source.getGuideSlug(), source.getGuideSlug(), actor,
					new ImportRequest.FromCommit(id, null, List.of()), ex.getMessage());
			log.warn("Check of source {} ({}) failed: {}", id, source.getGuideSlug(), ex.getMessage());
			throw new FetchFailedException(ex.getMessage(), run.getId());
		}
		checked(source);
		ImportRequest.FromCommit commit = new ImportRequest.FromCommit(id, snapshot.commit(), snapshot.commits());
		if (live != null && snapshot.commit().equals(liveCommit)) {
			ImportRun run = this.imports.recordCheck(source.getGuideSlug(), source.getGuideSlug(), actor,
					new ImportRequest.FromCommit(id, snapshot.commit(), List.of()), null);
			return new ImportOutcome(run, source.getGuideSlug(), live.outline(),
					live.getTopicCount(), live.getQuestionCount(), VersionDiff.NONE, java.util.Map.of(), List.of(),
					List.of(), List.of());
		}
		ImportOutcome outcome = this.imports.run(ImportRequest.ofFiles(ImportRun.Source.GIT, source.getGuideSlug(),
				snapshot.files(), source.getGuideSlug(), actor, true, commit).withSourceWebUrl(webAddress(source)));
		if (source.isAutoApply() && appliesItself(outcome)) {
			ImportOutcome applied = this.imports.apply(outcome.run().getId(), actor);
			return new ImportOutcome(applied.run(), applied.guideSlug(), applied.outline(), applied.topics(),
					applied.questions(), applied.diff(), applied.repairs(), applied.warnings(), applied.repairChoices(),
					snapshot.commits());
		}
		return outcome;
	}

	/** A dry run that changes something and neither removes nor renames a question. */
	static boolean appliesItself(ImportOutcome outcome) {
		VersionDiff diff = outcome.diff();
		return outcome.run().getStatus() == ImportRun.Status.DRY_RUN && !diff.isEmpty() && diff.removed().isEmpty()
				&& diff.renamed().isEmpty();
	}

	/** The source's web address as a guide keeps it (ending in {@code /}), or null. */
	static String webAddress(GitSource source) {
		String webUrl = source.getWebUrl();
		return webUrl == null || webUrl.endsWith("/") ? webUrl : webUrl + "/";
	}

	private void checked(GitSource source) {
		source.checked(this.clock.instant());
		this.sources.save(source);
	}

}
