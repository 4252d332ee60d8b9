package com.interviewbank.guide;

import java.time.Instant;

/**
 * What readers see of one guide, read in one go: which version is active, the title and language
 * it was activated with, whether it is published, and when the guide itself last changed.
 */
public record GuideState(long guideId, String slug, Long activeVersionId, String title, String language,
		boolean published, Instant updatedAt) {
}
