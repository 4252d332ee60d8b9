package com.interviewbank.markdown;

/**
 * The heading levels that make topics and questions.
 *
 * @param topicLevel the level of topic headings, or 0 when the whole guide is one topic
 * @param questionLevel the level of question headings, or 0 when the guide has no questions
 */
public record Outline(int topicLevel, int questionLevel) {

	/** Nothing chosen by the caller: the levels are read from the document. */
	public static final Outline DETECT = new Outline(-1, -1);

	boolean topicLevelGiven() {
		return this.topicLevel >= 0;
	}

	boolean questionLevelGiven() {
		return this.questionLevel >= 0;
	}

}
