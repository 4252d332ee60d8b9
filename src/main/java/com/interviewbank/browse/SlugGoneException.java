package com.interviewbank.browse;

/**
 * A question or topic removed from its guide: answered with a 410 that offers a search for it.
 */
class SlugGoneException extends RuntimeException {

	private final String title;

	SlugGoneException(String title) {
		super("“" + title + "” was removed from the guide.");
		this.title = title;
	}

	String title() {
		return this.title;
	}

}
