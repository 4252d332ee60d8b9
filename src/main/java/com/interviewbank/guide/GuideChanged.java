package com.interviewbank.guide;

/**
 * Published when an admin changed what readers see of a guide without a new version: its title,
 * language, licence line or publication.
 */
public record GuideChanged(String guideSlug) {
}
