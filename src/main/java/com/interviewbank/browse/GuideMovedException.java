package com.interviewbank.browse;

/**
 * A guide that now has another slug: every address under its old slug answers 301 to the same
 * address under the new one.
 */
class GuideMovedException extends RuntimeException {

	private final String newSlug;

	GuideMovedException(String newSlug) {
		super("The guide moved to " + newSlug);
		this.newSlug = newSlug;
	}

	String newSlug() {
		return this.newSlug;
	}

}
