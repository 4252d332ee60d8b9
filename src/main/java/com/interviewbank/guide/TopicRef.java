package com.interviewbank.guide;

/**
 * A topic by its guide's slug, its own slug and its title.
 */
public record TopicRef(String guide, String slug, String title) {
}
