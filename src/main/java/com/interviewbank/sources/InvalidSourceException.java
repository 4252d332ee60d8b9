package com.interviewbank.sources;

/** A source an admin described wrongly (400): a URL the bank does not fetch, a missing branch, ... */
public class InvalidSourceException extends RuntimeException {

	public InvalidSourceException(String message) {
		super(message);
	}

}
