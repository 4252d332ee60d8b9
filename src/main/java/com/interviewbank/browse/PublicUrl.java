package com.interviewbank.browse;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address readers reach the bank at, for canonical links, OpenGraph and the sitemap:
 * {@code bank.public-url} when set (behind a CDN), else the address of the request (which honours
 * {@code X-Forwarded-*} headers when {@code server.forward-headers-strategy} says so).
 */
class PublicUrl {

	private final String configured;

	PublicUrl(String configured) {
		this.configured = configured.replaceAll("/+$", "");
	}

	String base(HttpServletRequest request) {
		return this.configured.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
				: this.configured;
	}

}
