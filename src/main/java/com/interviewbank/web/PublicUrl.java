package com.interviewbank.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address readers reach the bank at, for canonical links, OpenGraph and the sitemap:
 * {@code bank.public-url} when set (behind a CDN), else the address of the request (which honours
 * {@code X-Forwarded-*} headers when {@code server.forward-headers-strategy} says so).
 */
public class PublicUrl {

	private final String configured;

	PublicUrl(String configured) {
		this.configured = configured.replaceAll("/+$", "");
	}

	public String base(HttpServletRequest request) {
		return this.configured.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
				: this.configured;
	}

}
