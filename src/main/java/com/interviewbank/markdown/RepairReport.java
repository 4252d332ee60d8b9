package com.interviewbank.markdown;

import java.util.List;
import java.util.Map;

/**
 * What the text repair did: the repaired text, how many characters of each kind it restored, the
 * damaged runs it could not decide, with their lines, and each repair it chose from context (with a
 * few examples of the kinds it decided exactly).
 */
public record RepairReport(String text, Map<RepairKind, Integer> counts, List<ParseWarning> undecided,
		List<RepairChoice> choices) {

	public RepairReport {
		counts = Map.copyOf(counts);
		undecided = List.copyOf(undecided);
		choices = List.copyOf(choices);
	}

	static RepairReport unchanged(String text) {
		return new RepairReport(text, Map.of(), List.of(), List.of());
	}

	public int count(RepairKind kind) {
		return this.counts.getOrDefault(kind, 0);
	}

	public int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

}
