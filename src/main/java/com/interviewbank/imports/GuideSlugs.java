package com.interviewbank.imports;

import java.util.regex.Pattern;

/**
 * The one rule for a guide's slug, wherever one comes from (the import API, an upload, a rename):
 * GitHub's anchor alphabet (lower-case letters, digits, {@code -} and {@code _}) and at most
 * {@value #MAX_LENGTH} characters, so every slug is one safe path segment of a link.
 */
public final class GuideSlugs {

	public static final int MAX_LENGTH = 100;

	private static final Pattern ALPHABET = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}_-]+");

	private GuideSlugs() {
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && ALPHABET.matcher(slug).matches()
				&& !slug.startsWith("-") && !slug.endsWith("-");
	}

	/** @throws InvalidSlugException when the slug breaks the rule */
	public static void check(String slug) {
		if (!isValid(slug)) {
			throw new InvalidSlugException("A guide's slug is 1 to " + MAX_LENGTH
					+ " lower-case letters, digits, dashes and underscores, not starting or ending with a dash.");
		}
	}

}
