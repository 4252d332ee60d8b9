package com.interviewbank.guide;

import java.util.List;

/**
 * Published after a guide was deleted, with the questions it had, so the search index can drop
 * them.
 */
public record GuideRemoved(String guideSlug, List<Long> questionIds) {
}
