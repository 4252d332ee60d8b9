package com.interviewbank.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.interviewbank.guide.ServedContent;

/**
 * Keeps rendered guide pages, read-API answers and search answers, keyed by the content fingerprint
 * and the URL, so a page is rendered once per version of the content. Only what depends on nothing
 * but the content and the URL: guide pages, the read API, the search page and the search API with
 * its suggestions (not {@code /random}, nor anything of the admin, nor a page its handler marks
 * {@link KeptPages#notKept}), and only a 200 that sets no cookie. A page is kept with the headers
 * its first rendering got, Spring Security's included, and served again ahead of Spring Security
 * and Spring Session: these paths are open to everyone, stateless, and show nothing of who asks
 * (an admin's session cookie changes nothing on them). What a handler asked to do on every serving
 * ({@link KeptPages#onEveryServing}: the search page counts the search) is done on each serving.
 * Caffeine keeps at most {@code maxBytes} of pages (weighed by their bodies); its hits and misses
 * are the {@code cache.gets} metric tagged {@code cache=pages}.
 * <p>
 * It runs right after the request id and the unreadable-query check (Tomcat reports such a query
 * only once, so that check must read it first), ahead of every other filter, since serving kept
 * bytes is most of what the bank does under load. Skipped on a hit, and why that is safe: the host
 * check (a page is kept under its host, and a host refused is never rendered, so never kept),
 * public caching (its {@code ETag} is kept with the page and checked here) and the request metrics
 * ({@code http.server.requests} counts renderings; the pages served from here are the cache's hits).
 */
class RenderedPages extends OncePerRequestFilter {

	/**
	 * Headers that belong to one request, never to a kept page. The {@code ETag} and
	 * {@code Cache-Control} that {@link PublicCaching} gave the first rendering are kept: both
	 * depend only on the content's fingerprint and the build, as the page does.
	 */
	private static final Set<String> OWN_HEADERS = Set.of(RequestId.HEADER.toLowerCase(Locale.ROOT), "content-length",
			"content-type", "date", "transfer-encoding");

	/**
	 * @param locale the page's language ({@code Content-Language}), if its rendering set one
	 * @param gzipped the body compressed once when kept (null when too small to gain), so a client that
	 * accepts gzip is not served a compression of the same bytes on every request
	 */
	private record Page(String contentType, Locale locale, Map<String, List<String>> headers, byte[] body,
			byte[] gzipped, Runnable onServing) {

		int weight() {
			return this.body.length + (this.gzipped != null ? this.gzipped.length : 0);
		}

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
			.<String, Page>weigher((key, page) -> page.weight())
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
			if (cached.onServing() != null) {
				cached.onServing().run();
			}
			// Set, not added: a filter ahead may have written the same headers (the security headers).
			cached.headers().forEach((name, values) -> {
				response.setHeader(name, values.get(0));
				values.stream().skip(1).forEach(value -> response.addHeader(name, value));
			});
			String etag = response.getHeader(HttpHeaders.ETAG);
			if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			response.setContentType(cached.contentType());
			if (cached.locale() != null) {
				response.setLocale(cached.locale());
			}
			byte[] body = cached.body();
			if (cached.gzipped() != null) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				if (GzippedBodies.accepted(request)) {
					response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
					body = cached.gzipped();
				}
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return;
		}
		Recorder recorder = new Recorder(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
				&& !recorder.containsHeader(HttpHeaders.SET_COOKIE) && request.getAttribute(KeptPages.NOT_KEPT) == null) {
			byte[] body = recorder.getContentAsByteArray();
			put(version, key, new Page(recorder.getContentType(), recorder.locale, headersOf(recorder), body,
					GzippedBodies.worthCompressing(body) ? GzippedBodies.gzip(body) : null,
					(Runnable) request.getAttribute(KeptPages.ON_EVERY_SERVING)));
		}
		recorder.copyBodyToResponse();
	}

	/**
	 * The page's full address: pages hold absolute links (canonical, OpenGraph) made from the
	 * address they were asked at, so one host's rendering must never answer another's. Its
	 * parameters are those the handler reads (those of the query string, for a GET).
	 */
	private static String keyOf(HttpServletRequest request) {
		Map<String, String[]> parameters = request.getParameterMap();
		StringBuilder key = new StringBuilder().append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			for (String value : parameter.getValue()) {
				key.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return key.toString();
	}

	/**
	 * Records a rendering, and the language it was given: the servlet container writes
	 * {@code Content-Language} from the locale, not as a header the recorder could list.
	 */
	private static final class Recorder extends ContentCachingResponseWrapper {

		private Locale locale;

		Recorder(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
			super.setLocale(locale);
		}

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
		if (version.equals(this.fingerprint) && page.weight() <= this.maxBytes / 4) {
			this.pages.put(version + " " + key, page);
		}
	}

}
