package com.interviewbank.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.interviewbank.guide.ServedContent;

/**
 * Keeps rendered guide pages and read-API answers, keyed by the content fingerprint and the URL,
 * so a page is rendered once per version of the content. Only what depends on nothing but the
 * content and the URL: guide pages and the read API (not search, which records what readers search
 * for, nor {@code /random}, nor anything of the admin), and only a 200 that sets no cookie. A page
 * is kept with the headers its first rendering got, Spring Security's included, and served again
 * ahead of Spring Security and Spring Session: these paths are open to everyone and stateless.
 * Caffeine keeps at most {@code maxBytes} of pages (weighed by their bodies); its hits and misses
 * are the {@code cache.gets} metric tagged {@code cache=pages}.
 */
class RenderedPages extends OncePerRequestFilter {

	/** Headers that belong to one request, never to a kept page. */
	private static final Set<String> OWN_HEADERS = Set.of(RequestId.HEADER.toLowerCase(Locale.ROOT), "content-length",
			"content-type", "date", "transfer-encoding", "etag", "cache-control");

	private record Page(String contentType, Map<String, List<String>> headers, byte[] body) {
	}

	private final ServedContent content;

	private final long maxBytes;

	private final Cache<String, Page> pages;

	private volatile String fingerprint = "";

	RenderedPages(ServedContent content, long maxBytes) {
		this.content = content;
		this.maxBytes = maxBytes;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, Page>weigher((key, page) -> page.body().length)
			.recordStats()
			.build();
	}

	Cache<String, ?> cache() {
		return this.pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !PublicPages.keptRendered(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String version = this.content.fingerprint();
		String key = keyOf(request);
		Page cached = get(version, key);
		if (cached != null) {
			cached.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType(cached.contentType());
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
				&& !recorder.containsHeader(HttpHeaders.SET_COOKIE)) {
			put(version, key, new Page(recorder.getContentType(), headersOf(recorder), recorder.getContentAsByteArray()));
		}
		recorder.copyBodyToResponse();
	}

	/**
	 * The page's full address: pages hold absolute links (canonical, OpenGraph) made from the
	 * address they were asked at, so one host's rendering must never answer another's.
	 */
	private static String keyOf(HttpServletRequest request) {
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + (request.getQueryString() != null ? "?" + request.getQueryString() : "");
	}

	private static Map<String, List<String>> headersOf(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	private Page get(String version, String key) {
		if (!version.equals(this.fingerprint)) {
			synchronized (this) {
				if (!version.equals(this.fingerprint)) {
					this.pages.invalidateAll();
					this.fingerprint = version;
				}
			}
		}
		return this.pages.getIfPresent(version + " " + key);
	}

	private void put(String version, String key, Page page) {
		if (version.equals(this.fingerprint) && page.body().length <= this.maxBytes / 4) {
			this.pages.put(version + " " + key, page);
		}
	}

}
