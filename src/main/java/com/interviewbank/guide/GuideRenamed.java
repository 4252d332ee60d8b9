package com.interviewbank.guide;

import java.util.List;

/**
 * Published when a guide got a new slug, with its active questions, whose search documents carry
 * the slug.
 */
public record GuideRenamed(String guideSlug, List<Long> questionIds) {
}
