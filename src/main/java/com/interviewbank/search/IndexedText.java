package com.interviewbank.search;

import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The parts of an answer the index searches apart: its subsection headings, its prose and its
 * code, read from the sanitized HTML stored at import.
 */
record IndexedText(String headings, String prose, String code) {

	static IndexedText of(String answerHtml) {
		Document html = Jsoup.parseBodyFragment(answerHtml == null ? "" : answerHtml);
		html.select("a.heading-link").remove();
		String headings = html.select("h1, h2, h3, h4, h5, h6")
			.stream()
			.map(heading -> heading.text())
			.collect(Collectors.joining("\n"));
		String code = html.select("pre, code").stream().map(element -> element.text()).collect(Collectors.joining("\n"));
		html.select("h1, h2, h3, h4, h5, h6, pre").remove();
		return new IndexedText(headings, html.text(), code);
	}

}
