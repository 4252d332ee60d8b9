package com.interviewbank.markdown;

/**
 * One repair for the admin to check: where, what the source said, what the reader sees, and why.
 * Every repair chosen from context (a dash, a quotation mark, a Cyrillic word) is one; of the kinds
 * decided exactly, the first few are kept as examples.
 *
 * @param line the 1-based line of the source
 * @param kind what was repaired
 * @param damaged the damaged text, with a little of its context for a single character
 * @param restored the same text as restored
 * @param reason the rule or the model that decided
 * @param confidence for a choice of the language model, the share of the candidates' probability
 * the restored word holds (0–1); null for a rule
 * @param uncertain whether the admin should check it: a rule whose cases authors write either way
 * (a spaced dash in running prose, a dash joining two words), or a word read with a confidence below
 * {@link #CHECK_BELOW}
 */
public record RepairChoice(int line, RepairKind kind, String damaged, String restored, String reason,
		Double confidence, boolean uncertain) {

	/** A word the model restored with less confidence than this is marked for the admin to check. */
	public static final double CHECK_BELOW = 0.9;

}
