package com.interviewbank.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages link scripts, styles and WebJars by URLs that carry a hash of their content (Spring's
 * resource chain), so such a URL always means the same bytes: cached for a year, immutable. The
 * same file asked for without its hash gets the short policy of pages.
 */
class StaticAssetCaching extends OncePerRequestFilter {

	static final String IMMUTABLE = "max-age=31536000, public, immutable";

	private static final Pattern ASSET = Pattern.compile("^/(webjars|css|js)/.*");

	private static final Pattern CONTENT_VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ASSET.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean versioned = CONTENT_VERSIONED.matcher(path(request)).matches();
		response.setHeader(HttpHeaders.CACHE_CONTROL, versioned ? IMMUTABLE : PublicCaching.CACHE_CONTROL);
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
