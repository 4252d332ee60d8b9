package com.interviewbank.markdown;

/**
 * What a line of the source became. Every line has exactly one role, so nothing is lost.
 */
public enum LineRole {

	FRONT_MATTER, TITLE, TABLE_OF_CONTENTS, TOPIC_HEADING, TOPIC_INTRO, QUESTION_HEADING, ANSWER

}
