package com.interviewbank.browse;

/**
 * A question or topic that now lives under another slug: answered with a 301 to its new address.
 */
class SlugMovedException extends RuntimeException {

	private final String guide;

	private final String kind;

	private final String newSlug;

	SlugMovedException(String guide, String kind, String newSlug) {
		super(kind + " moved to " + newSlug);
		this.guide = guide;
		this.kind = kind;
		this.newSlug = newSlug;
	}

	/** The path under {@code /guides} or {@code /api/guides}: {@code {guide}/questions/{slug}}. */
	String path() {
		return this.guide + "/" + this.kind + "/" + this.newSlug;
	}

}
