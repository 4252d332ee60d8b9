package com.interviewbank.markdown;

/**
 * The heading levels that make topics and questions, and the form the questions are written in.
 *
 * @param topicLevel the level of topic headings, or 0 when the whole guide is one topic; with
 * questions written in the text ({@link QuestionForm#inText()}) and no question level, every
 * heading from this level down starts a topic
 * @param questionLevel the level of question headings, or 0 when the guide has no question headings
 * @param form how the questions are written, or null when the caller leaves it to the document
 */
public record Outline(int topicLevel, int questionLevel, QuestionForm form) {

	/** Nothing chosen by the caller: the levels and the form are read from the document. */
	public static final Outline DETECT = new Outline(-1, -1, null);

	/** Questions as headings at these levels. */
	public Outline(int topicLevel, int questionLevel) {
		this(topicLevel, questionLevel, QuestionForm.HEADING);
	}

	boolean topicLevelGiven() {
		return this.topicLevel >= 0;
	}

	boolean questionLevelGiven() {
		return this.questionLevel >= 0;
	}

	boolean formGiven() {
		return this.form != null;
	}

	/** True when nothing was chosen at all. */
	boolean nothingGiven() {
		return !topicLevelGiven() && !questionLevelGiven() && !formGiven();
	}

	/** Headings only group questions written in the text: every heading from the topic level down starts a topic. */
	boolean headingsGroup() {
		return this.form != null && this.form.inText() && this.questionLevel == 0;
	}

	/** The same levels with this form. */
	Outline withForm(QuestionForm newForm) {
		return new Outline(this.topicLevel, this.questionLevel, newForm);
	}

	/** The outline in words, for warnings: "topics at H2, questions as list items". */
	public String describe() {
		String topics = this.topicLevel > 0 ? "topics at H" + this.topicLevel
				+ (headingsGroup() ? " and below" : "") : "one topic";
		String questions = this.form == null || this.form == QuestionForm.HEADING || this.form == QuestionForm.FILE
				? (this.questionLevel > 0 ? "questions at H" + this.questionLevel : "no question headings")
				: "questions as " + this.form.description();
		return topics + ", " + questions + (this.form == QuestionForm.FILE ? " (one question per file)" : "");
	}

}
