package com.interviewbank.markdown;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Renames anchors of one file of a guide of several files: slugs, anchor lists, heading ids and the
 * file's links to its own headings, so that no two files of the guide share an anchor.
 */
final class AnchorRenames {

	private AnchorRenames() {
	}

	static List<ParsedTopic> apply(List<ParsedTopic> topics, Map<String, String> renames) {
		if (renames.isEmpty()) {
			return topics;
		}
		UnaryOperator<String> name = anchor -> renames.getOrDefault(anchor, anchor);
		UnaryOperator<String> html = fragment -> html(fragment, renames);
		return topics.stream()
			.map(topic -> new ParsedTopic(name.apply(topic.slug()), topic.title(), topic.introMarkdown(),
					html.apply(topic.introHtml()), topic.anchors().stream().map(name).toList(),
					topic.items().stream().map(item -> question(item, name, html)).toList()))
			.toList();
	}

	private static ParsedQuestion question(ParsedQuestion q, UnaryOperator<String> name, UnaryOperator<String> html) {
		return new ParsedQuestion(name.apply(q.slug()), q.title(), q.titleHtml(), q.kind(), q.answerMarkdown(),
				html.apply(q.answerHtml()), q.answerHash(),
				q.subsections().stream().map(s -> new Subsection(name.apply(s.anchor()), s.title(), s.level())).toList(),
				q.anchors().stream().map(name).toList(), q.firstLine());
	}

	private static String html(String fragment, Map<String, String> renames) {
		if (fragment == null || fragment.isEmpty()) {
			return fragment;
		}
		Document document = parse(fragment);
		for (Element element : document.select("[id]")) {
			String renamed = renames.get(element.id());
			if (renamed != null) {
				element.id(renamed);
			}
		}
		for (Element link : document.select("a[href^=#]")) {
			String anchor = HtmlSanitizer.decodeAnchor(link.attr("href").substring(1));
			String renamed = renames.get(anchor);
			if (renamed != null) {
				link.attr("href", "#" + renamed);
				if (link.hasAttr(HtmlSanitizer.ANCHOR_ATTRIBUTE)) {
					link.attr(HtmlSanitizer.ANCHOR_ATTRIBUTE, renamed);
				}
			}
		}
		return document.body().html();
	}

	static Document parse(String fragment) {
		Document document = Jsoup.parseBodyFragment(fragment);
		document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
		return document;
	}

}
