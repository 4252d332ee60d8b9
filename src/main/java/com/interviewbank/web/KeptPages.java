package com.interviewbank.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a handler tells the page cache ({@link RenderedPages}) about the page it renders: work to
 * do again each time the kept page is served instead (a search page counts each search submitted
 * for the admins' insight), or that this page must not be kept at all.
 */
public final class KeptPages {

	static final String ON_EVERY_SERVING = KeptPages.class.getName() + ".onEveryServing";

	static final String NOT_KEPT = KeptPages.class.getName() + ".notKept";

	private KeptPages() {
	}

	/** Runs this action now, and again each time the page being rendered is served from the cache. */
	public static void onEveryServing(HttpServletRequest request, Runnable action) {
		action.run();
		request.setAttribute(ON_EVERY_SERVING, action);
	}

	/** The page being rendered is of this moment, not of the content alone: it is not kept. */
	public static void notKept(HttpServletRequest request) {
		request.setAttribute(NOT_KEPT, Boolean.TRUE);
	}

}
