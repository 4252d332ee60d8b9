package com.interviewbank.guide;

/**
 * Published once a guide's new version is live: what depends on the bank (the search index)
 * can drop what belonged to the version it replaced.
 *
 * @param previousVersionId the version readers saw before, or null for a new guide
 */
public record VersionActivated(String guideSlug, Long previousVersionId, long activeVersionId) {
}
