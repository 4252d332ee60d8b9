package com.interviewbank.bank;

import java.util.List;
import java.util.Map;

import com.interviewbank.importer.ImportWarning;
import com.interviewbank.importer.RepairKind;

/**
 * What an import did: the recorded run, the guide's slug, and what the importer reported.
 */
public record ImportOutcome(ImportRun run, String guideSlug, Map<RepairKind, Integer> repairs,
		List<ImportWarning> warnings) {

	public boolean applied() {
		return this.run.getStatus() == ImportRun.Status.APPLIED;
	}

}
