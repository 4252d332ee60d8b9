package com.interviewbank.markdown;

/**
 * A heading inside an answer that readers can jump to.
 *
 * @param anchor its GitHub anchor
 * @param title its plain text
 * @param level its Markdown level
 */
public record Subsection(String anchor, String title, int level) {
}
