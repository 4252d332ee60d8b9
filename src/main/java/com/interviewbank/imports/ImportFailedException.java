package com.interviewbank.imports;

/**
 * An import that was accepted but could not be stored; the bank is as it was before it.
 */
public class ImportFailedException extends RuntimeException {

	private final ImportRun run;

	ImportFailedException(ImportRun run, Throwable cause) {
		super("The guide could not be stored; the bank is unchanged. " + run.getError(), cause);
		this.run = run;
	}

	public ImportRun run() {
		return this.run;
	}

}
