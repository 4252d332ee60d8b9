package com.interviewbank.markdown;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The blocks GitHub shows in its own way, shaped on the sanitized HTML of a guide: alerts
 * ({@code > [!NOTE]}) as titled callouts, math fences and GitHub's math images as math for the
 * browser to typeset, footnotes with ids their links reach. Only the classes these need survive.
 */
final class GitHubBlocks {

	private static final Pattern ALERT = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final String MATH_IMAGE = "https://render.githubusercontent.com/render/math?";

	private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

	private static final Map<String, Set<String>> CLASSES = Map.of("span", Set.of("math", "math-inline", "math-display"),
			"div", Set.of("math", "math-display", "footnotes", "markdown-alert", "markdown-alert-note",
					"markdown-alert-tip", "markdown-alert-important", "markdown-alert-warning", "markdown-alert-caution"),
			"p", Set.of("markdown-alert-title"), "a", Set.of("footnote-ref", "footnote-backref"));

	private GitHubBlocks() {
	}

	static void shape(Document document) {
		document.select("[class]:not(code)").forEach(GitHubBlocks::keepKnownClasses);
		document.select("[id]:not(a)").forEach(GitHubBlocks::keepFootnoteId);
		document.select("pre > code.language-math").forEach(GitHubBlocks::mathFence);
		document.select("img[src^=" + MATH_IMAGE + "]").forEach(GitHubBlocks::mathImage);
		document.select("blockquote").forEach(GitHubBlocks::alert);
	}

	private static void keepKnownClasses(Element element) {
		Set<String> allowed = CLASSES.getOrDefault(element.tagName(), Set.of());
		Set<String> kept = element.classNames();
		kept.retainAll(allowed);
		element.removeAttr("class");
		kept.forEach(element::addClass);
	}

	/** Raw HTML may not set ids; footnotes keep theirs, the targets of their links. */
	private static void keepFootnoteId(Element element) {
		boolean footnote = ("li".equals(element.tagName()) || "sup".equals(element.tagName()))
				&& FOOTNOTE_ID.matcher(element.id()).matches();
		if (!footnote) {
			element.removeAttr("id");
		}
	}

	private static void mathFence(Element code) {
		code.parent().replaceWith(new Element("div").addClass("math").addClass("math-display").text(code.wholeText().strip()));
	}

	/** GitHub's math images carry their TeX in the {@code math} parameter: typeset it here instead. */
	private static void mathImage(Element image) {
		String query = URI.create(image.attr("src").replace(" ", "%20")).getRawQuery();
		for (String parameter : query == null ? new String[0] : query.split("&")) {
			if (parameter.startsWith("math=")) {
				String tex = URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
				image.replaceWith(new Element("span").addClass("math").addClass("math-inline").text(tex));
				return;
			}
		}
	}

	/** {@code > [!NOTE]} and its kind: a callout titled with the kind, as on GitHub. */
	private static void alert(Element quote) {
		Element first = quote.firstElementChild();
		if (first == null || !"p".equals(first.tagName()) || first.childNodeSize() == 0
				|| !(first.childNode(0) instanceof TextNode marker)) {
			return;
		}
		Matcher matcher = ALERT.matcher(marker.getWholeText());
		if (!matcher.find()) {
			return;
		}
		String kind = matcher.group(1).toLowerCase(Locale.ROOT);
		marker.text(marker.getWholeText().substring(matcher.end()));
		if (first.childNodeSize() > 0 && first.childNode(0) instanceof Element br && "br".equals(br.tagName())) {
			br.remove();
		}
		if (first.text().isBlank() && first.children().isEmpty()) {
			first.remove();
		}
		Element alert = new Element("div").addClass("markdown-alert").addClass("markdown-alert-" + kind);
		alert.appendElement("p").addClass("markdown-alert-title").text(kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1));
		for (Node child : quote.childNodesCopy()) {
			alert.appendChild(child);
		}
		quote.replaceWith(alert);
	}

}
