package com.interviewbank.security;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers on the answers Tomcat makes itself, before any filter runs (a malformed
 * URI's 400): set first, so Spring Security, which writes a header only when it is missing, leaves
 * them as they are on every other answer.
 */
class ContainerErrorHeaders extends ValveBase {

	ContainerErrorHeaders() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		getNext().invoke(request, response);
	}

}
