package com.interviewbank.markdown;

import java.util.List;
import java.util.Map;

/**
 * What the text repair did: the repaired text, how many characters of each kind it restored, and
 * the damaged runs it could not decide, with their lines.
 */
public record RepairReport(String text, Map<RepairKind, Integer> counts, List<ParseWarning> undecided) {

	public RepairReport {
		counts = Map.copyOf(counts);
		undecided = List.copyOf(undecided);
	}

	public int count(RepairKind kind) {
		return this.counts.getOrDefault(kind, 0);
	}

	public int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

}
