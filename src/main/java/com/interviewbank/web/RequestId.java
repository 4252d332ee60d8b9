package com.interviewbank.web;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in the MDC for every log line written while it runs (plain and JSON
 * logs alike) and in the {@code X-Request-Id} response header. An id from a proxy in front is
 * kept if it is a plain token, so one id follows a request through every hop.
 */
class RequestId extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : newId();
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** 64 random bits, as hex: enough to tell requests apart, and no lock on a secure random. */
	private static String newId() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
