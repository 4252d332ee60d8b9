package com.interviewbank.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages name the host they were asked for (canonical links, og:url, sitemap, feeds) and shared caches
 * keep them, so a request for a host the bank does not serve is refused with 400 before anything is
 * rendered. The hosts are {@code bank.allowed-hosts}, or else the host of {@code bank.public-url}
 * and {@code localhost}. With neither set every host is served, and each answer says
 * {@code Vary: Host} so a cache never hands one host's page to another. Health probes, which
 * name no host in their answer and often come by IP address, always pass.
 */
class AllowedHosts extends OncePerRequestFilter {

	private final Set<String> hosts;

	AllowedHosts(List<String> configured, String publicUrl) {
		this.hosts = hosts(configured, publicUrl);
	}

	/** The hosts served, or none when every host is. */
	static Set<String> hosts(List<String> configured, String publicUrl) {
		String publicHost = hostOf(publicUrl);
		if (configured.isEmpty() && publicHost.isEmpty()) {
			return Set.of();
		}
		Stream<String> named = configured.isEmpty() ? Stream.of(publicHost, "localhost") : configured.stream();
		return named.map(host -> host.strip().toLowerCase(Locale.ROOT))
			.filter(host -> !host.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String hostOf(String url) {
		if (url == null || url.isBlank()) {
			return "";
		}
		String host = URI.create(url.strip()).getHost();
		return host == null ? "" : host;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.hosts.isEmpty()) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.HOST);
			chain.doFilter(request, response);
			return;
		}
		if (!this.hosts.contains(request.getServerName().toLowerCase(Locale.ROOT))) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Unknown host\",\"status\":400,"
						+ "\"detail\":\"This server does not serve the host that was asked for.\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}
