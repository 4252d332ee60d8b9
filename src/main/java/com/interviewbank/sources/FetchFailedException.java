package com.interviewbank.sources;

/** A fetch that failed or took too long (502): the check is recorded as failed, the guide is unchanged. */
public class FetchFailedException extends RuntimeException {

	private final long importId;

	FetchFailedException(String message, long importId) {
		super(message);
		this.importId = importId;
	}

	public long importId() {
		return this.importId;
	}

}
