package com.interviewbank.guide;

import jakarta.persistence.Embeddable;

/**
 * A heading anchor inside an answer; the navigable ones are its subsections.
 *
 * @param level the heading's Markdown level
 */
@Embeddable
public record AnswerAnchor(String anchor, String title, int level, boolean subsection) {
}
