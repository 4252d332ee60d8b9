package com.interviewbank.markdown;

import java.util.List;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans rendered HTML against an allow-list, then adds what the bank promises readers: heading
 * anchors, safe external links, marked in-guide links and lazy images with alt text.
 */
final class HtmlSanitizer {

	/** Links to a heading of the guide carry this attribute, for the app to point at its page. */
	static final String ANCHOR_ATTRIBUTE = "data-anchor";

	/** Links to the guide's title or table of contents carry this attribute: they lead to the guide page. */
	static final String GUIDE_PAGE_ATTRIBUTE = "data-guide-page";

	private static final String BASE_URI = "https://guide.invalid/";

	private final Safelist blocks = Safelist.relaxed()
		.addTags("details", "summary", "kbd", "s", "del", "ins", "mark", "hr", "input", "abbr", "figure",
				"figcaption", "picture")
		.addAttributes("code", "class")
		.addAttributes("details", "open")
		.addAttributes("img", "loading")
		.addAttributes("input", "type", "checked", "disabled")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addAttributes("abbr", "title")
		.addAttributes("a", "name", "id", "class")
		.addAttributes("sup", "id")
		.addAttributes("li", "id")
		.addAttributes("span", "class")
		.addAttributes("div", "class")
		.addAttributes("p", "class")
		.addProtocols("a", "href", "http", "https", "mailto", "#")
		.removeProtocols("img", "src", "http", "https")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	private final Safelist inline = Safelist.none().addTags("code", "em", "strong", "del", "s", "sub", "sup", "kbd");

	/**
	 * Sanitized HTML for a block of a guide whose anchors are unknown.
	 * @see #sanitizeBlock(String, List, Function, HeadingLevels, LinkTargets)
	 */
	String sanitizeBlock(String html, List<String> headingAnchors, Function<String, String> imageUrl,
			HeadingLevels levels) {
		return sanitizeBlock(html, headingAnchors, imageUrl, levels, LinkTargets.UNKNOWN);
	}

	/**
	 * Sanitized HTML for a block of a guide.
	 * @param html the renderer's raw output
	 * @param headingAnchors the anchors of the block's headings, in document order
	 * @param imageUrl the URL readers load a relative image from, or null when it is not shown
	 * @param levels where the block's headings go on the page
	 * @param targets where the guide's links may lead
	 */
	String sanitizeBlock(String html, List<String> headingAnchors, Function<String, String> imageUrl,
			HeadingLevels levels, LinkTargets targets) {
		Document clean = new Cleaner(this.blocks).clean(Jsoup.parseBodyFragment(html, BASE_URI));
		clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
		GitHubBlocks.shape(clean);
		AnchorTargets.placeCustomIds(clean, targets);
		assignHeadingIds(clean, headingAnchors);
		AnchorTargets.placeHtmlTargets(clean, targets);
		clean.select("code[class]").forEach(HtmlSanitizer::keepLanguageClassOnly);
		clean.select("a[href]").forEach(link -> markLink(link, targets));
		clean.select("img").forEach(image -> prepareImage(image, imageUrl));
		clean.select("input").forEach(HtmlSanitizer::keepCheckboxOnly);
		clean.select("h1, h2, h3, h4, h5, h6").forEach(heading -> placeHeading(heading, levels));
		return clean.body().html();
	}

	/** Inline HTML of a heading: code spans and emphasis kept, everything else as text. */
	String sanitizeInline(String html) {
		Document clean = new Cleaner(this.inline).clean(Jsoup.parseBodyFragment(html, BASE_URI));
		clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
		return clean.body().html().strip();
	}

	private static void assignHeadingIds(Document document, List<String> anchors) {
		int next = 0;
		for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
			String expected = next < anchors.size() ? anchors.get(next) : null;
			if (expected != null && sameHeading(heading, expected)) {
				heading.id(expected);
				next++;
			}
		}
	}

	/** Whether a rendered heading is the one that got this anchor (raw HTML headings have none). */
	private static boolean sameHeading(Element heading, String anchor) {
		String slug = GitHubSlugger.slug(heading.text());
		if (anchor.equals(slug)) {
			return true;
		}
		String suffix = anchor.startsWith(slug + "-") ? anchor.substring(slug.length() + 1) : "";
		return !suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit);
	}

	/** Moves a heading to its level on the page and gives it a link to itself. */
	private static void placeHeading(Element heading, HeadingLevels levels) {
		heading.tagName("h" + levels.htmlLevel(heading.tagName().charAt(1) - '0'));
		if (heading.hasAttr("id")) {
			heading.appendElement("a")
				.addClass("heading-link")
				.attr("href", "#" + heading.id())
				.attr("aria-label", "Link to this section")
				.text("#");
		}
	}

	private static void keepLanguageClassOnly(Element code) {
		String language = code.classNames()
			.stream()
			.filter(name -> name.matches("language-[A-Za-z0-9_+#.-]{1,40}"))
			.findFirst()
			.orElse(null);
		code.removeAttr("class");
		if (language != null) {
			code.addClass(language);
		}
	}

	private static void markLink(Element link, LinkTargets targets) {
		String href = link.attr("href");
		switch (targets.of(href)) {
			case ANCHOR -> link.attr(ANCHOR_ATTRIBUTE, decodeAnchor(href.strip().substring(1)));
			case GUIDE_PAGE -> link.attr(GUIDE_PAGE_ATTRIBUTE, "");
			case SOURCE -> link.attr("href", targets.sourceUrl(href)).attr("rel", "nofollow noopener");
			case NOWHERE -> link.unwrap();
			case ELSEWHERE -> {
				if (leavesTheSite(href)) {
					link.attr("rel", "nofollow noopener");
				}
			}
			case ON_THE_PAGE, OTHER_FILE -> {
			}
		}
	}

	/**
	 * Whether a browser would take this URL to another host: an absolute http(s) URL, or one that
	 * starts with two slashes, which browsers read as protocol-relative even when some of them are
	 * backslashes ({@code //host}, {@code /\host}, {@code \\host}).
	 */
	static boolean leavesTheSite(String url) {
		String normalized = url.strip().replace('\\', '/').toLowerCase(java.util.Locale.ROOT);
		return normalized.startsWith("//") || normalized.startsWith("http://") || normalized.startsWith("https://");
	}

	static String decodeAnchor(String anchor) {
		try {
			return java.net.URLDecoder.decode(anchor.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return anchor;
		}
	}

	private static void prepareImage(Element image, Function<String, String> imageUrl) {
		String src = image.attr("src");
		if (!leavesTheSite(src)) {
			String served = src.isEmpty() ? null : imageUrl.apply(src);
			if (served == null) {
				image.replaceWith(new Element("span").addClass("missing-image").text(image.attr("alt")));
				return;
			}
			image.attr("src", served);
		}
		if (!image.hasAttr("alt")) {
			image.attr("alt", "");
		}
		image.attr("loading", "lazy");
	}

	private static void keepCheckboxOnly(Element input) {
		if (!"checkbox".equals(input.attr("type"))) {
			input.remove();
			return;
		}
		input.attr("disabled", "disabled");
	}

}
