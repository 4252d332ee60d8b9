package com.interviewbank.imports;

/**
 * A slug an admin asked for that breaks {@link GuideSlugs}' rule. Nothing was changed.
 */
public class InvalidSlugException extends RuntimeException {

	public InvalidSlugException(String message) {
		super(message);
	}

}
