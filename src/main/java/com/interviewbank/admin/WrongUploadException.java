package com.interviewbank.admin;

/**
 * A multipart import that does not hold exactly one guide. Nothing was imported.
 */
class WrongUploadException extends RuntimeException {

	WrongUploadException(String message) {
		super(message);
	}

}
