package com.interviewbank.imports;

import java.util.List;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;

/**
 * The checks of Git sources that wait for an admin: dry runs not applied nor discarded, whose guide
 * is still at the version they were compared with (so they can still be applied). A newer check or
 * an apply makes an older one stale, and it leaves the list.
 */
@Service
public class PendingChecks {

	/**
	 * One check waiting.
	 * @param fromCommit the commit of the version it was compared with, or null (a first import)
	 */
	public record Pending(ImportRun run, String fromCommit, VersionDiff diff, List<ImportRequest.CommitNote> commits) {
	}

	private final ImportRunRepository runs;

	private final GuideRepository guides;

	private final GuideVersionRepository versions;

	private final JsonMapper json;

	PendingChecks(ImportRunRepository runs, GuideRepository guides, GuideVersionRepository versions, JsonMapper json) {
		this.runs = runs;
		this.guides = guides;
		this.versions = versions;
		this.json = json;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public List<Pending> all() {
		return this.runs.findWaitingChecks().stream().filter(this::stillApplies).map(this::pending).toList();
	}

	private boolean stillApplies(ImportRun run) {
		Long active = this.guides.findBySlug(run.getGuideSlug())
			.map(Guide::getActiveVersion)
			.map(GuideVersion::getId)
			.orElse(null);
		return Objects.equals(active, run.getBaseVersionId());
	}

	private Pending pending(ImportRun run) {
		String fromCommit = run.getBaseVersionId() == null ? null
				: this.versions.findById(run.getBaseVersionId()).map(GuideVersion::getCommitId).orElse(null);
		VersionDiff diff = run.getChanges() == null ? VersionDiff.NONE
				: this.json.readValue(run.getChanges(), VersionDiff.class);
		List<ImportRequest.CommitNote> commits = run.getCommits() == null ? List.of()
				: this.json.readValue(run.getCommits(), new TypeReference<List<ImportRequest.CommitNote>>() {
				});
		return new Pending(run, fromCommit, diff, commits);
	}

}
