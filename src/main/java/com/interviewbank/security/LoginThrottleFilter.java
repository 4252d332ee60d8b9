package com.interviewbank.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a login attempt (form or HTTP Basic) while its user name and client are locked out:
 * the form goes back to the login page with a notice; an API client gets 429 and Retry-After.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean formLogin = "POST".equals(request.getMethod()) && (request.getContextPath() + "/admin/login").equals(request.getRequestURI());
		String username = formLogin ? request.getParameter("username") : basicUsername(request);
		Duration wait = username == null ? Duration.ZERO : this.throttle.lockout(username, request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
		if (formLogin) {
			response.sendRedirect(request.getContextPath() + "/admin/login?locked=" + seconds);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too many failed logins\",\"status\":429,\"detail\":\"Try again in "
					+ seconds + " seconds.\"}");
	}

	private static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
