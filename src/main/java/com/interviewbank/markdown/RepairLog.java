package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a repair has done so far: counts by kind, what was left, and the repairs an admin may check:
 * every choice made from context, and a few examples of each kind decided exactly.
 */
final class RepairLog {

	static final int EXAMPLES_PER_EXACT_KIND = 3;

	final Map<RepairKind, Integer> counts = new EnumMap<>(RepairKind.class);

	final List<RepairChoice> choices = new ArrayList<>();

	final List<ParseWarning> undecided = new ArrayList<>();

	int line;

	void count(RepairKind kind, int restored) {
		this.counts.merge(kind, restored, Integer::sum);
	}

	void chose(RepairKind kind, String damaged, String restored, String reason, Double confidence,
			boolean uncertain) {
		this.choices.add(new RepairChoice(this.line, kind, damaged, restored, reason, confidence, uncertain));
	}

	/** Records a repair decided exactly, as an example, while its kind has fewer than a few. */
	void example(RepairKind kind, String damaged, String restored, String reason) {
		if (this.choices.stream().filter(choice -> choice.kind() == kind).count() < EXAMPLES_PER_EXACT_KIND) {
			chose(kind, damaged, restored, reason, null, false);
		}
	}

	void leave(String message) {
		this.undecided.add(new ParseWarning(this.line, message));
	}

	RepairReport report(String text) {
		return new RepairReport(text, this.counts, this.undecided, this.choices);
	}

}
