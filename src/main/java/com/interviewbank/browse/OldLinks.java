package com.interviewbank.browse;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.interviewbank.guide.GuideLinks;

/**
 * Old links after a re-import: a renamed question or topic answers 301 to its new address; a
 * removed one answers 410, as a friendly page offering a search for its title, or as problem
 * details on the API.
 */
final class OldLinks {

	private OldLinks() {
	}

	@ControllerAdvice(assignableTypes = { GuideController.class, ChangesController.class })
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Pages {

		@ExceptionHandler(GuideMovedException.class)
		ResponseEntity<Void> guideMoved(GuideMovedException ex, jakarta.servlet.http.HttpServletRequest request) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(movedUri(request, "/guides/", ex)).build();
		}

		@ExceptionHandler(SlugMovedException.class)
		ResponseEntity<Void> moved(SlugMovedException ex) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(GuideLinks.underGuides(ex.path()))).build();
		}

		@ExceptionHandler(SlugGoneException.class)
		@ResponseStatus(HttpStatus.GONE)
		String gone(SlugGoneException ex, Model model) {
			model.addAttribute("goneTitle", ex.title());
			return "error/410";
		}

	}

	@RestControllerAdvice(assignableTypes = BrowseApiController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Api {

		@ExceptionHandler(GuideMovedException.class)
		ResponseEntity<Void> guideMoved(GuideMovedException ex, jakarta.servlet.http.HttpServletRequest request) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(movedUri(request, "/api/guides/", ex)).build();
		}

		@ExceptionHandler(SlugMovedException.class)
		ResponseEntity<Void> moved(SlugMovedException ex) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api" + GuideLinks.underGuides(ex.path())))
				.build();
		}

		@ExceptionHandler(SlugGoneException.class)
		ProblemDetail gone(SlugGoneException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getMessage());
			problem.setTitle("Gone");
			return problem;
		}

	}

	/** The request's address with the guide's old slug replaced by its new one. */
	private static URI movedUri(jakarta.servlet.http.HttpServletRequest request, String prefix, GuideMovedException ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String rest = path.substring(prefix.length());
		int slash = rest.indexOf('/');
		String tail = slash < 0 ? "" : rest.substring(slash);
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		return URI.create(request.getContextPath() + prefix + GuideLinks.encodeSegments(ex.newSlug()) + tail + query);
	}

}
