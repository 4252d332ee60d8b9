package com.interviewbank.imports;

/**
 * A title, language or licence line an admin typed that the bank cannot keep (too long). Nothing
 * was changed.
 */
public class InvalidGuideDetailsException extends RuntimeException {

	public InvalidGuideDetailsException(String message) {
		super(message);
	}

}
