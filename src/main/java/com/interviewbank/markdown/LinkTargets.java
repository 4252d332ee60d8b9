package com.interviewbank.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where the links of one guide may lead (docs/ARCHITECTURE.md, "Links and anchors"): its anchors
 * (headings, {@code <a name>}, {@code <a id>}, {@code {#id}}, HTML headings), the anchors of the
 * parts that became the guide page (its title and table of contents), and the guide's source
 * address, which relative links resolve against. A link that leads nowhere is shown as text.
 *
 * @param anchors every anchor with a page in the bank
 * @param guidePageAnchors anchors of the title and table of contents, whose home is the guide page
 * @param sourceWebUrl the web address of the guide's folder, ending in {@code /}, or null
 */
record LinkTargets(Set<String> anchors, Set<String> guidePageAnchors, String sourceWebUrl) {

	/** Anchors unknown (a section rendered on its own): every link that looks like an anchor is one. */
	static final LinkTargets UNKNOWN = new LinkTargets(null, Set.of(), null);

	enum Kind {

		/** Another anchor of the page itself: a footnote and its back link. */
		ON_THE_PAGE,
		/** An anchor of the guide, resolved to the page that holds it. */
		ANCHOR,
		/** An anchor of the title or table of contents, resolved to the guide page. */
		GUIDE_PAGE,
		/** An absolute or e-mail link, kept as it is. */
		ELSEWHERE,
		/** A relative link, resolved against the guide's source address. */
		SOURCE,
		/** A link that would lead nowhere: shown as text. */
		NOWHERE

	}

	LinkTargets {
		anchors = anchors == null ? null : Set.copyOf(anchors);
		guidePageAnchors = Set.copyOf(guidePageAnchors);
	}

	boolean known() {
		return this.anchors != null;
	}

	boolean hasAnchor(String anchor) {
		return this.anchors == null || this.anchors.contains(anchor);
	}

	Kind of(String href) {
		String url = href.strip();
		if (url.startsWith("#")) {
			String anchor = HtmlSanitizer.decodeAnchor(url.substring(1));
			if (anchor.matches("fn(ref)?-\\d+(-\\d+)?")) {
				return Kind.ON_THE_PAGE;
			}
			if (this.guidePageAnchors.contains(anchor)) {
				return Kind.GUIDE_PAGE;
			}
			if (!known()) {
				return GitHubSlugger.isAnchor(anchor) ? Kind.ANCHOR : Kind.ON_THE_PAGE;
			}
			return this.anchors.contains(anchor) ? Kind.ANCHOR : Kind.NOWHERE;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		if (url.isEmpty() || HtmlSanitizer.leavesTheSite(url) || lower.startsWith("mailto:")
				|| lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
			return Kind.ELSEWHERE;
		}
		if (!known()) {
			return Kind.ELSEWHERE;
		}
		return sourceUrl(url) != null ? Kind.SOURCE : Kind.NOWHERE;
	}

	/** The relative link resolved against the source address, or null without one. */
	String sourceUrl(String href) {
		if (this.sourceWebUrl == null) {
			return null;
		}
		String path = href.strip().replace('\\', '/').replaceFirst("^/+", "");
		try {
			int hash = path.indexOf('#');
			URI relative = path.contains("%") ? new URI(path)
					: new URI(null, null, hash < 0 ? path : path.substring(0, hash), hash < 0 ? null : path.substring(hash + 1));
			return URI.create(this.sourceWebUrl).resolve(relative).toString();
		}
		catch (IllegalArgumentException | URISyntaxException ex) {
			return null;
		}
	}

}
