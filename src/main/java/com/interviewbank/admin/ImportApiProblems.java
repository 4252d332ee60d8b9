package com.interviewbank.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import com.interviewbank.imports.ImportConflictException;
import com.interviewbank.imports.ImportFailedException;
import com.interviewbank.imports.InvalidGuideDetailsException;
import com.interviewbank.imports.InvalidSlugException;
import com.interviewbank.markdown.RejectedGuideException;

/**
 * The admin API's errors as RFC 9457 problem details with a status a client can act on: 413, 415
 * and 422 for a guide the importer refuses, 409 for a conflict, 500 for a failure to store. In
 * every case the bank is unchanged and the attempt is in the history.
 */
@RestControllerAdvice(assignableTypes = { ImportApiController.class, GuideApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiProblems {

	@ExceptionHandler(RejectedGuideException.class)
	ProblemDetail refused(RejectedGuideException ex) {
		return problem(HttpStatus.valueOf(ex.httpStatus()), "Guide refused", ex.getMessage());
	}

	@ExceptionHandler(InvalidSlugException.class)
	ProblemDetail badSlug(InvalidSlugException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid slug", ex.getMessage());
	}

	@ExceptionHandler(InvalidGuideDetailsException.class)
	ProblemDetail badDetails(InvalidGuideDetailsException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid guide details", ex.getMessage());
	}

	@ExceptionHandler(ImportConflictException.class)
	ProblemDetail conflict(ImportConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(ImportFailedException.class)
	ProblemDetail failed(ImportFailedException ex) {
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Import failed",
				"The guide could not be stored; the bank is unchanged.");
		problem.setProperty("importId", ex.run().getId());
		return problem;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Guide refused", "The upload is larger than the bank accepts.");
	}

	/** A multipart body that cannot be read: no boundary, cut short, or too many parts. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Upload unreadable",
				"The multipart body could not be read (no boundary, cut short, or more parts than the bank takes); "
						+ "send one guide as the part named \"file\".");
	}

	@ExceptionHandler(WrongUploadException.class)
	ProblemDetail wrongUpload(WrongUploadException ex) {
		return problem(HttpStatus.BAD_REQUEST, "One guide per request", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
