package com.interviewbank.markdown;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the links between files of a guide ({@code other.md}, {@code other.md#heading}) at the
 * heading they reach in the combined guide: the heading itself when the target file has it, else the
 * file's first topic. A link to a file left out of the guide (it has no question) is shown as text;
 * links to other files were already resolved by {@link LinkTargets}.
 */
final class FileLinks {

	private final Map<String, SeveralFilesParser.Part> parts;

	FileLinks(Map<String, SeveralFilesParser.Part> parts) {
		this.parts = parts;
	}

	ParsedTopic pointLinks(SeveralFilesParser.Part from, ParsedTopic topic) {
		return new ParsedTopic(topic.slug(), topic.title(), topic.introMarkdown(), html(from, topic.introHtml()),
				topic.anchors(),
				topic.items()
					.stream()
					.map(q -> new ParsedQuestion(q.slug(), q.title(), q.titleHtml(), q.kind(), q.answerMarkdown(),
							html(from, q.answerHtml()), q.answerHash(), q.subsections(), q.anchors(), q.firstLine()))
					.toList());
	}

	private String html(SeveralFilesParser.Part from, String fragment) {
		if (fragment == null || !fragment.contains("href")) {
			return fragment;
		}
		Document document = AnchorRenames.parse(fragment);
		boolean changed = false;
		for (Element link : document.select("a[href]")) {
			String href = link.attr("href");
			String path = GuideFiles.resolve(from.path(), href);
			if (link.hasAttr(HtmlSanitizer.ANCHOR_ATTRIBUTE) || path == null || !GuideFiles.isMarkdown(path)) {
				continue;
			}
			SeveralFilesParser.Part target = this.parts.get(path);
			String anchor = target == null ? null : anchorIn(target, GuideFiles.fragmentOf(href));
			if (anchor != null) {
				link.attr("href", "#" + anchor).attr(HtmlSanitizer.ANCHOR_ATTRIBUTE, anchor);
			}
			else {
				// a file left out (no question), so no page to lead to
				link.unwrap();
			}
			changed = true;
		}
		return changed ? document.body().html() : fragment;
	}

	private static String anchorIn(SeveralFilesParser.Part target, String fragment) {
		if (fragment != null && hasAnchor(target.parsed(), fragment)) {
			return target.renamed(fragment);
		}
		return target.topics().isEmpty() ? null : target.topics().get(0).slug();
	}

	private static boolean hasAnchor(ParsedGuide guide, String anchor) {
		return guide.topics()
			.stream()
			.anyMatch(topic -> topic.slug().equals(anchor) || topic.anchors().contains(anchor)
					|| topic.items()
						.stream()
						.anyMatch(q -> q.slug().equals(anchor) || q.anchors().contains(anchor)));
	}

}
