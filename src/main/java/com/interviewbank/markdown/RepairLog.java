package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a repair has done so far: counts by kind, the choices made from context, what was left. */
final class RepairLog {

	final Map<RepairKind, Integer> counts = new EnumMap<>(RepairKind.class);

	final List<RepairChoice> choices = new ArrayList<>();

	final List<ParseWarning> undecided = new ArrayList<>();

	int line;

	void count(RepairKind kind, int restored) {
		this.counts.merge(kind, restored, Integer::sum);
	}

	void chose(RepairKind kind, String damaged, String restored, String reason, Double confidence) {
		this.choices.add(new RepairChoice(this.line, kind, damaged, restored, reason, confidence));
	}

	void leave(String message) {
		this.undecided.add(new ParseWarning(this.line, message));
	}

	RepairReport report(String text) {
		return new RepairReport(text, this.counts, this.undecided, this.choices);
	}

}
