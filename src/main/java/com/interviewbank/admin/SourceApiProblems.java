package com.interviewbank.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.interviewbank.imports.ImportConflictException;
import com.interviewbank.imports.InvalidSlugException;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.sources.FetchFailedException;
import com.interviewbank.sources.InvalidSourceException;

/**
 * The sources API's errors as problem details: 400 a source described wrongly, 409 a conflict,
 * 413/415/422 files that are no guide, 502 a fetch that failed (with the id of the failed run in
 * the history). The guide is unchanged in every case.
 */
@RestControllerAdvice(assignableTypes = SourceApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SourceApiProblems {

	@ExceptionHandler(InvalidSourceException.class)
	ProblemDetail invalid(InvalidSourceException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid source", ex.getMessage());
	}

	@ExceptionHandler(InvalidSlugException.class)
	ProblemDetail badSlug(InvalidSlugException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid slug", ex.getMessage());
	}

	@ExceptionHandler(ImportConflictException.class)
	ProblemDetail conflict(ImportConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(RejectedGuideException.class)
	ProblemDetail refused(RejectedGuideException ex) {
		return problem(HttpStatus.valueOf(ex.httpStatus()), "Guide refused", ex.getMessage());
	}

	@ExceptionHandler(FetchFailedException.class)
	ProblemDetail fetchFailed(FetchFailedException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "Fetch failed", ex.getMessage());
		problem.setProperty("importId", ex.importId());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
