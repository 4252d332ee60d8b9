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
		return highlight.contains("<mark>") ? clean(highlight) : Entities.escape(highlight);
	}

	private static String clean(String snippet) {
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
			.escapeMode(Entities.EscapeMode.base);
		return Jsoup.clean(snippet, "", MARKS_ONLY, output);
	}

}
