package com.interviewbank.markdown;

/**
 * A question with an answer, or an answerless prompt for practice.
 */
public enum QuestionKind {

	QUESTION, PROMPT

}
