package com.interviewbank.imports;

/**
 * A slug an admin asked for that is not a slug: lower-case letters, digits and single dashes, at
 * most 200 characters. Nothing was changed.
 */
public class InvalidSlugException extends RuntimeException {

	public InvalidSlugException(String message) {
		super(message);
	}

}
