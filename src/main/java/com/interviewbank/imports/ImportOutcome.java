package com.interviewbank.imports;

import java.util.List;
import java.util.Map;

import com.interviewbank.markdown.Outline;
import com.interviewbank.markdown.ParseWarning;
import com.interviewbank.markdown.RepairChoice;
import com.interviewbank.markdown.RepairKind;

/**
 * What an import or dry run did: the recorded run, the guide, what changes, what the importer
 * reported, and the commits a run of a Git source covers.
 */
public record ImportOutcome(ImportRun run, String guideSlug, Outline outline, int topics, int questions,
		VersionDiff diff, Map<RepairKind, Integer> repairs, List<ParseWarning> warnings,
		List<RepairChoice> repairChoices, List<ImportRequest.CommitNote> commits) {

	public ImportOutcome(ImportRun run, String guideSlug, Outline outline, int topics, int questions, VersionDiff diff,
			Map<RepairKind, Integer> repairs, List<ParseWarning> warnings, List<RepairChoice> repairChoices) {
		this(run, guideSlug, outline, topics, questions, diff, repairs, warnings, repairChoices, List.of());
	}


	public boolean applied() {
		return this.run.getStatus() == ImportRun.Status.APPLIED;
	}

}
