package com.interviewbank.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic on the admin API is for scripts: a browser may hold the admin's password and attach
 * it to a form another site submits. A state-changing request with Basic must therefore carry
 * {@value #HEADER}, a header no cross-site form can set (and cross-site fetch cannot either without
 * a CORS preflight the bank never grants).
 */
class ScriptHeaderFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Requested-With";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		if (basic && !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HEADER) == null) {
			ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused",
					"A change through the admin API needs a bearer token (or, with HTTP Basic, the header " + HEADER
							+ ").");
			return;
		}
		chain.doFilter(request, response);
	}

}
