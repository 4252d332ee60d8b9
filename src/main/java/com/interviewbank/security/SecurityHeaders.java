package com.interviewbank.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response. Scripts and styles come from files only, so the
 * Content-Security-Policy allows no inline code and needs no nonce; images may come from anywhere
 * over HTTPS because guides link external pictures. Spring Security adds
 * {@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY} by default.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	public static Customizer<HeadersConfigurer<HttpSecurity>> strict() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

}
