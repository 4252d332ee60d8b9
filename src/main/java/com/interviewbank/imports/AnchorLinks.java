package com.interviewbank.imports;

import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import com.interviewbank.guide.GuideLinks;

/**
 * Points a guide's links to its own headings at the page that holds each heading, once, when a
 * version is stored: {@code href="#x"} becomes {@code /guides/{guide}/anchors/x}, which answers
 * with a redirect to the topic or question page; a link to the guide's title or table of contents
 * leads to the guide page.
 */
final class AnchorLinks {

	private AnchorLinks() {
	}

	static UnaryOperator<String> pointingInto(String guideSlug) {
		return html -> {
			if (!html.contains("data-anchor") && !html.contains("data-guide-page")) {
				return html;
			}
			Document document = Jsoup.parseBodyFragment(html);
			document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
			document.select("a[data-anchor]")
				.forEach(link -> link.attr("href", GuideLinks.anchor(guideSlug, link.attr("data-anchor"))));
			document.select("a[data-guide-page]").forEach(link -> link.attr("href", GuideLinks.guide(guideSlug)));
			return document.body().html();
		};
	}

}
