package com.interviewbank.markdown;

/**
 * How a guide writes its questions (docs/ARCHITECTURE.md, "Outline rules"). Every form but
 * {@link #HEADING} and {@link #FILE} sits inside a topic's text; its answer is what follows it up
 * to the next question of the same form.
 */
public enum QuestionForm {

	/** {@code ## What is X?} and the text up to the next heading of that level. */
	HEADING("headings"),

	/** A paragraph that is only bold, {@code **What is X?**}, and the blocks that follow it. */
	BOLD("bold paragraphs"),

	/** {@code <details><summary>What is X?</summary> answer </details>}. */
	DETAILS("<details> blocks"),

	/** List items that are questions; what is nested in an item is its answer (none: a prompt). */
	LIST("list items"),

	/** {@code Q: What is X?} then {@code A: ...}. */
	QA("Q:/A: pairs"),

	/** A file that is one question: its only top heading, and answer parts ("Answer", "Good to hear"). */
	FILE("one question per file");

	private final String description;

	QuestionForm(String description) {
		this.description = description;
	}

	/** The form in words, for the admin's report. */
	public String description() {
		return this.description;
	}

	/** True for the forms written inside a topic's text rather than as headings. */
	public boolean inText() {
		return this == BOLD || this == DETAILS || this == LIST || this == QA;
	}

}
