package com.interviewbank.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Spring's resource chain gives every URL a page writes ({@code @{...}}) to the resource
 * resolvers, to add the content hash of a static file; a URL that is no file is looked up on the
 * classpath in every static location and in the WebJars, on every rendering (only found files are
 * cached). A topic page of 300 links made 1,200 lookups in the jar: two thirds of an un-kept page's
 * time in a JFR profile (docs/ARCHITECTURE.md, "Big guides"). Here only URLs that can be static
 * files (under {@code /css}, {@code /js}, {@code /webjars}, or a file at the root such as
 * {@code /favicon.svg}) go to the chain; the pages' own links are written as they are.
 *
 * <p>
 * Of those, the ones the chain found no file for (the layout's {@code /js/code-languages.json},
 * which a controller answers, and the folder {@code /webjars/prismjs/components/}) are remembered
 * and written as they are from then on: each cost a miss in every static location and WebJar, half
 * of a search page's time (docs/ARCHITECTURE.md, "Big guides").
 */
class AssetUrls extends ResourceUrlEncodingFilter implements ApplicationListener<ApplicationReadyEvent> {

	private static final Pattern ASSET = Pattern.compile("/(webjars|css|js)/.*|/[^/]+\\.[A-Za-z0-9]+");

	/** Far more than the templates write; the bound only keeps odd URLs from growing it. */
	private static final int MAX_NOT_FILES = 1_000;

	private final Cache<String, Boolean> notFiles = Caffeine.newBuilder().maximumSize(MAX_NOT_FILES).build();

	/**
	 * Whether misses may be remembered: Tomcat takes requests before the resource chain has
	 * found its handlers (they are detected once the context is refreshed), and a miss then says
	 * nothing about later pages.
	 */
	private volatile boolean ready;

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.ready = true;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		super.doFilter(request, response, (req, res) -> chain.doFilter(req,
				new PageLinks((HttpServletRequest) req, (HttpServletResponse) res)));
	}

	static boolean isAsset(String path) {
		return ASSET.matcher(path).matches();
	}

	/** A page's response: its links, written through the filter's resource chain and misses. */
	private final class PageLinks extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private final String contextPath;

		PageLinks(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
			this.contextPath = request.getContextPath();
		}

		@Override
		public String encodeURL(String url) {
			if (!url.startsWith(this.contextPath)) {
				return url;
			}
			String path = url.substring(this.contextPath.length());
			int end = indexOfAny(path, '?', '#');
			String file = end < 0 ? path : path.substring(0, end);
			if (!isAsset(file) || AssetUrls.this.notFiles.getIfPresent(file) != null) {
				return url;
			}
			String encoded = super.encodeURL(url);
			if (encoded.equals(url) && chainAsked()) {
				AssetUrls.this.notFiles.put(file, Boolean.TRUE);
			}
			return encoded;
		}

		/**
		 * Whether the resource chain was really asked: the application is ready, and Spring MVC
		 * handed this request the chain. A page written without it (outside a handler) finds no
		 * file for any URL, and must not teach that to later pages.
		 */
		private boolean chainAsked() {
			return AssetUrls.this.ready
					&& this.request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) != null;
		}

		private static int indexOfAny(String text, char first, char second) {
			int a = text.indexOf(first);
			int b = text.indexOf(second);
			return a < 0 ? b : b < 0 ? a : Math.min(a, b);
		}

	}

}
