package com.interviewbank.imports;

/**
 * A language an admin gave that is not a language code (ISO 639-1, such as {@code zh} or
 * {@code ru}; a region such as {@code zh-CN} is dropped). Nothing was changed.
 */
public class InvalidLanguageException extends RuntimeException {

	public InvalidLanguageException(String message) {
		super(message);
	}

}
