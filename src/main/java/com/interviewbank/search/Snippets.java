package com.interviewbank.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Snippets are shown as HTML. A highlighted fragment comes back HTML-encoded with {@code <mark>}
 * tags; the opening of an answer that did not match comes back as raw text. Either way only
 * {@code <mark>} survives as markup.
 */
final class Snippets {

	private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

	private Snippets() {
	}

	static String of(String highlight) {
		return highlight.contains("<mark>") ? joinAdjacentMarks(clean(highlight)) : Entities.escape(highlight);
	}

	/**
	 * Marks side by side are one: a Chinese word the index holds as several tokens (跳 表) reads as
	 * the word it is (<mark>跳表</mark>).
	 */
	private static String joinAdjacentMarks(String snippet) {
		return snippet.replace("</mark><mark>", "");
	}

	private static String clean(String snippet) {
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
			.escapeMode(Entities.EscapeMode.base);
		return Jsoup.clean(snippet, "", MARKS_ONLY, output);
	}

}
