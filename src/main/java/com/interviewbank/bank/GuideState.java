package com.interviewbank.bank;

import java.time.Instant;

/**
 * What readers see of one guide, as far as caching is concerned: which version is active, whether
 * it is published, and when the guide itself last changed.
 */
public record GuideState(long guideId, String slug, Long activeVersionId, boolean published, Instant updatedAt) {
}
