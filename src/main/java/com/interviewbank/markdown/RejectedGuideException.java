package com.interviewbank.markdown;

/**
 * The importer's only error: a guide it refuses, with a message a person understands.
 */
public class RejectedGuideException extends RuntimeException {

	private final RejectionReason problem;

	public RejectedGuideException(RejectionReason problem, String message) {
		super(message);
		this.problem = problem;
	}

	public RejectionReason problem() {
		return this.problem;
	}

	public int httpStatus() {
		return this.problem.httpStatus();
	}

}
