package com.interviewbank.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import com.interviewbank.guide.ServedContent;

/**
 * Public pages and the read API change only when the content or the build does, so their ETag is
 * made of both and a matching {@code If-None-Match} answers 304 before anything is read or
 * rendered. A short public {@code Cache-Control} lets browsers and a CDN keep them for a minute;
 * setting it here keeps Spring Security from writing its {@code no-store}, which stays on
 * everything else (admin, {@code /random} sets its own).
 */
class PublicCaching extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "max-age=60, public";

	private final ServedContent content;

	private final BuildId build;

	PublicCaching(ServedContent content, BuildId build) {
		this.content = content;
		this.build = build;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !PublicPages.publiclyCached(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		String etag = "W/\"" + this.build.value() + "-" + this.content.fingerprint() + "\"";
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		chain.doFilter(request, new NoStoreOnServerError(response));
	}

	/** A server error is this moment's, not the content's: no cache may keep it. */
	private static final class NoStoreOnServerError extends HttpServletResponseWrapper {

		NoStoreOnServerError(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			noStoreIfServerError(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			noStoreIfServerError(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noStoreIfServerError(status);
			super.sendError(status, message);
		}

		private void noStoreIfServerError(int status) {
			if (status >= 500) {
				setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
		}

	}

}
