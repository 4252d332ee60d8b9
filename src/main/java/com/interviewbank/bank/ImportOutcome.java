package com.interviewbank.bank;

import java.util.List;
import java.util.Map;

import com.interviewbank.importer.ImportWarning;
import com.interviewbank.importer.Outline;
import com.interviewbank.importer.RepairKind;

/**
 * What an import or dry run did: the recorded run, the guide, what changes, and what the importer
 * reported.
 */
public record ImportOutcome(ImportRun run, String guideSlug, Outline outline, int topics, int questions,
		VersionDiff diff, Map<RepairKind, Integer> repairs, List<ImportWarning> warnings) {

	public boolean applied() {
		return this.run.getStatus() == ImportRun.Status.APPLIED;
	}

}
