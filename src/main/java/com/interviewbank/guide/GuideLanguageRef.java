package com.interviewbank.guide;

/** A guide's slug and the language of its text (an ISO 639-1 code, or null when unknown). */
public record GuideLanguageRef(String guideSlug, String language) {
}
