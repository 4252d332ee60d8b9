package com.interviewbank.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for the admin API as a problem detail that asks for a bearer token. Never
 * {@code WWW-Authenticate: Basic}: that makes a browser prompt for the password and then attach it
 * to every request, cross-site forms included.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"interview-bank\"");
		ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
				"The admin API needs Authorization: Bearer <token>; tokens are made in /admin/tokens.");
	}

}
