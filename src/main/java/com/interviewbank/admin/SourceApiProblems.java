package com.interviewbank.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.interviewbank.sources.FetchFailedException;
import com.interviewbank.sources.InvalidSourceException;

/**
 * The sources API's own errors as problem details: 400 a source described wrongly, 502 a fetch
 * that failed (with the id of the failed run in the history); the rest are the imports' (409, 413,
 * 415, 422, see {@link ImportApiProblems}). The guide is unchanged in every case.
 */
@RestControllerAdvice(assignableTypes = SourceApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SourceApiProblems {

	@ExceptionHandler(InvalidSourceException.class)
	ProblemDetail invalid(InvalidSourceException ex) {
		return ImportApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid source", ex.getMessage());
	}

	@ExceptionHandler(FetchFailedException.class)
	ProblemDetail fetchFailed(FetchFailedException ex) {
		ProblemDetail problem = ImportApiProblems.problem(HttpStatus.BAD_GATEWAY, "Fetch failed", ex.getMessage());
		problem.setProperty("importId", ex.importId());
		return problem;
	}

}
