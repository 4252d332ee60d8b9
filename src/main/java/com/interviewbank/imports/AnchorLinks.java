package com.interviewbank.imports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Points a guide's links to its own headings at the page that holds each heading, once, when a
 * version is stored: {@code href="#x"} becomes {@code /guides/{guide}/anchors/x}, which answers
 * with a redirect to the topic or question page.
 */
final class AnchorLinks {

	private AnchorLinks() {
	}

	static UnaryOperator<String> pointingInto(String guideSlug) {
		return html -> {
			if (!html.contains("data-anchor")) {
				return html;
			}
			Document document = Jsoup.parseBodyFragment(html);
			document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
			document.select("a[data-anchor]")
				.forEach(link -> link.attr("href", "/guides/" + encode(guideSlug) + "/anchors/"
						+ encode(link.attr("data-anchor"))));
			return document.body().html();
		};
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
