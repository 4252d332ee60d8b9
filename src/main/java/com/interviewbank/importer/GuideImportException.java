package com.interviewbank.importer;

/**
 * The importer's only error: a guide it refuses, with a message a person understands.
 */
public class GuideImportException extends RuntimeException {

	private final ImportProblem problem;

	public GuideImportException(ImportProblem problem, String message) {
		super(message);
		this.problem = problem;
	}

	public ImportProblem problem() {
		return this.problem;
	}

	public int httpStatus() {
		return this.problem.httpStatus();
	}

}
