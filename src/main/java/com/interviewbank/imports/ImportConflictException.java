package com.interviewbank.imports;

/**
 * An import that cannot go ahead now (409): another is in progress, or a dry run went stale
 * because its guide changed since. Nothing was changed.
 */
public class ImportConflictException extends RuntimeException {

	public ImportConflictException(String message) {
		super(message);
	}

}
