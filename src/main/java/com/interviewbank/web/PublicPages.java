package com.interviewbank.web;

import java.util.List;

/**
 * Every page and API path readers reach without a login, in one list. Each filter or rule that
 * treats public pages differently asks this list rather than keeping its own: public caching
 * ({@link PublicCaching}), pages kept rendered ({@link RenderedPages}), canonical links
 * ({@link CanonicalLinks}), the security rules and {@code robots.txt}. A new public page is one
 * more line here.
 */
public final class PublicPages {

	/**
	 * One public path.
	 * @param path the path, or the start of the paths when {@code prefix}
	 * @param prefix whether every path starting with {@code path} is meant
	 * @param keptRendered whether its rendering depends on nothing but the content and the URL, so
	 * it can be kept and served again ({@link RenderedPages})
	 * @param queryChoosesContent whether its query string says what it shows (kept in its
	 * canonical link)
	 * @param crawlable whether robots may crawl it
	 */
	public record Page(String path, boolean prefix, boolean keptRendered, boolean queryChoosesContent,
			boolean crawlable) {

		boolean matches(String requestPath) {
			return this.prefix ? requestPath.startsWith(this.path) : requestPath.equals(this.path);
		}

		/** The path as a Spring Security / MVC path pattern. */
		public String pattern() {
			return this.prefix ? this.path + "**" : this.path;
		}

	}

	/** A guide's random question: public, but a new answer on every request. */
	private static final String RANDOM = "/random";

	/**
	 * Every public page but {@code /random} is kept: each shows the content alone (a shared set,
	 * {@code /s/}, is stored once under a code made from its name and questions, and never changes).
	 */
	private static final List<Page> PAGES = List.of(new Page("/", false, true, false, true),
			new Page("/guides/", true, true, false, true), new Page("/search", false, true, true, false),
			new Page("/practice", false, true, true, true), new Page("/set", false, true, true, false),
			new Page("/s/", true, true, false, false),
			new Page("/sitemap.xml", false, true, false, true), new Page("/robots.txt", false, true, false, true),
			new Page("/api/guides", true, true, false, false), new Page("/api/search", false, true, false, false),
			new Page("/api/search/suggest", false, true, false, false), new Page("/api/", true, false, false, false));

	private PublicPages() {
	}

	public static List<Page> all() {
		return PAGES;
	}

	/** Whether readers and shared caches may keep this GET's answer a while. */
	static boolean publiclyCached(String path) {
		return PAGES.stream().anyMatch(page -> page.matches(path));
	}

	/** Whether this GET's answer may be rendered once and served again. */
	static boolean keptRendered(String path) {
		return !path.endsWith(RANDOM) && PAGES.stream().anyMatch(page -> page.keptRendered() && page.matches(path));
	}

	static boolean queryChoosesContent(String path) {
		return PAGES.stream().anyMatch(page -> page.queryChoosesContent() && page.matches(path));
	}

	/** The paths robots are asked to keep away from: public pages not worth crawling, and more. */
	public static List<String> notCrawled() {
		List<String> paths = new java.util.ArrayList<>(List.of("/admin", RANDOM));
		PAGES.stream().filter(page -> !page.crawlable()).map(Page::path).forEach(paths::add);
		return paths.stream()
			.distinct()
			.filter(path -> paths.stream().noneMatch(other -> other.endsWith("/") && !other.equals(path) && path.startsWith(other)))
			.sorted()
			.toList();
	}

}
