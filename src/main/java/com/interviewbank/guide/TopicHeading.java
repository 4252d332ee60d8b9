package com.interviewbank.guide;

/**
 * What a guide's sidebar, contents and pager show of a topic, read without its intro.
 *
 * @param questionCount how many questions with answers it holds (prompts not counted)
 */
public record TopicHeading(Long id, String slug, String title, int questionCount) {
}
