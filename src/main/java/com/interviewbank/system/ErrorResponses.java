package com.interviewbank.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error no controller answered itself (no handler, a wrong method or content type, an upload
 * the container refused): the friendly page for a browser, an RFC 9457 problem detail for
 * everyone else, never a stack trace. {@code /error} asked for directly is a 404, not a 500.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses extends BasicErrorController {

	ErrorResponses(ErrorAttributes attributes, List<ErrorViewResolver> viewResolvers) {
		super(attributes, new ErrorProperties(), viewResolvers);
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.put("instance", path);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request could not be read.";
			case UNAUTHORIZED -> "This needs the admin's credentials.";
			case FORBIDDEN -> "This is not allowed.";
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take this method.";
			case NOT_ACCEPTABLE -> "This address cannot answer in the format asked for.";
			case CONTENT_TOO_LARGE -> "The request is larger than the bank accepts.";
			case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here; see /v3/api-docs.";
			default -> status.is5xxServerError() ? "Something went wrong on the bank's side; it was logged."
					: "The request was refused.";
		};
	}

}
