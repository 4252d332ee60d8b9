package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Anchors a guide sets besides its Markdown headings, which links on GitHub reach just the same:
 * {@code <a name="x">}, {@code <a id="x">}, a heading ending in {@code {#x}}, and HTML headings
 * ({@code <h2>Text</h2>}, anchored like a Markdown heading). The first of a name wins.
 */
final class AnchorTargets {

	private static final Pattern HTML_ANCHOR = Pattern
		.compile("<a\\b[^>]*?\\b(?:name|id)\\s*=\\s*([\"']?)([^\"'\\s>]+)\\1", Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML_HEADING = Pattern.compile("<(h[1-6])\\b[^>]*>(.*?)</\\1\\s*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}_:.-]+)}\\s*$");

	/** An anchor and the 0-based line it stands on. */
	record Target(String anchor, int line) {
	}

	private AnchorTargets() {
	}

	/** The anchors besides the headings', in document order, none of them a heading's anchor. */
	static List<Target> in(com.vladsch.flexmark.util.ast.Document document, LineIndex lines, Set<String> headingAnchors) {
		Map<String, Target> targets = new LinkedHashMap<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof HtmlBlock || node instanceof HtmlInline) {
				String html = node.getChars().toString();
				Matcher anchor = HTML_ANCHOR.matcher(html);
				while (anchor.find()) {
					targets.putIfAbsent(anchor.group(2), new Target(anchor.group(2), lines.lineOf(node.getStartOffset() + anchor.start())));
				}
				Matcher heading = HTML_HEADING.matcher(html);
				while (heading.find()) {
					String slug = GitHubSlugger.slug(Jsoup.parseBodyFragment(heading.group(2)).text());
					if (!slug.isEmpty()) {
						targets.putIfAbsent(slug, new Target(slug, lines.lineOf(node.getStartOffset() + heading.start())));
					}
				}
			}
			else if (node instanceof Heading heading) {
				Matcher custom = CUSTOM_ID.matcher(heading.getText());
				if (custom.find()) {
					targets.putIfAbsent(custom.group(1), new Target(custom.group(1), lines.lineOf(heading.getStartOffset())));
				}
			}
		}
		List<Target> result = new ArrayList<>(targets.values());
		result.removeIf(target -> headingAnchors.contains(target.anchor()));
		return result;
	}

	/** The heading text without a trailing {@code {#id}}. */
	static String withoutCustomId(String headingText) {
		return CUSTOM_ID.matcher(headingText).replaceFirst("");
	}

	/** Takes {@code {#id}} off the end of headings, leaving the id on an empty element in its place. */
	static void placeCustomIds(Document html, LinkTargets targets) {
		for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
			List<TextNode> texts = heading.textNodes();
			TextNode last = texts.isEmpty() ? null : texts.get(texts.size() - 1);
			Matcher custom = last != null ? CUSTOM_ID.matcher(last.getWholeText()) : null;
			if (custom != null && custom.find()) {
				last.text(last.getWholeText().substring(0, custom.start()));
				if (targets.hasAnchor(custom.group(1)) && html.getElementById(custom.group(1)) == null) {
					heading.prependElement("span").id(custom.group(1));
				}
			}
		}
	}

	/** Gives {@code <a name>}, {@code <a id>} and HTML headings the ids their links look for. */
	static void placeHtmlTargets(Document html, LinkTargets targets) {
		for (Element anchor : html.select("a[name], a[id]")) {
			String id = anchor.hasAttr("id") ? anchor.attr("id") : anchor.attr("name");
			anchor.removeAttr("name").removeAttr("id");
			if (!id.isEmpty() && targets.hasAnchor(id) && html.getElementById(id) == null) {
				anchor.id(id);
			}
		}
		if (targets.known()) {
			for (Element heading : html.select("h1:not([id]), h2:not([id]), h3:not([id]), h4:not([id]), h5:not([id]), h6:not([id])")) {
				String slug = GitHubSlugger.slug(heading.text());
				if (!slug.isEmpty() && targets.hasAnchor(slug) && html.getElementById(slug) == null) {
					heading.id(slug);
				}
			}
		}
	}

}
