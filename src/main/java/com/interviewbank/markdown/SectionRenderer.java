package com.interviewbank.markdown;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a section's lines into its Markdown and sanitized HTML, rendered once at import time.
 */
final class SectionRenderer {

	private final MarkdownEngine engine;

	private final HtmlSanitizer sanitizer;

	private final LinkTargets links;

	SectionRenderer(MarkdownEngine engine, HtmlSanitizer sanitizer) {
		this(engine, sanitizer, LinkTargets.UNKNOWN);
	}

	private SectionRenderer(MarkdownEngine engine, HtmlSanitizer sanitizer, LinkTargets links) {
		this.engine = engine;
		this.sanitizer = sanitizer;
		this.links = links;
	}

	/** A renderer for one guide, whose links lead where these targets say. */
	SectionRenderer linking(LinkTargets targets) {
		return new SectionRenderer(this.engine, this.sanitizer, targets);
	}

	/**
	 * The Markdown of these lines, dedented by up to {@code indent} columns (the text of a question
	 * written inside a list item), blank lines at either end dropped.
	 */
	static String markdownOf(LineIndex lines, List<Integer> lineNumbers, int indent) {
		String markdown = lineNumbers.stream()
			.map(line -> dedent(lines.line(line), indent))
			.collect(Collectors.joining("\n"));
		return markdown.replaceAll("^(\\s*\n)+", "").stripTrailing();
	}

	private static String dedent(String line, int indent) {
		int strip = 0;
		while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
			strip++;
		}
		return line.substring(strip);
	}

	/**
	 * @param references the guide's link reference definitions, so that {@code [text][ref]} works in
	 * every section
	 */
	String html(String markdown, String references, List<String> headingAnchors, Function<String, String> imageUrl,
			HeadingLevels levels) {
		if (markdown.isBlank()) {
			return "";
		}
		String unsafe = this.engine.renderUnsafe(references.isEmpty() ? markdown : markdown + "\n\n" + references);
		return this.sanitizer.sanitizeBlock(unsafe, headingAnchors, imageUrl, levels, this.links);
	}

	/** A heading's text as inline HTML, code spans and emphasis kept. */
	String titleHtml(SourceHeading heading) {
		return inlineHtml(heading.inlineMarkdown());
	}

	/** One line of Markdown as inline HTML, code spans and emphasis kept. */
	String inlineHtml(String inlineMarkdown) {
		String unsafe = this.engine.renderUnsafe("# " + inlineMarkdown);
		return this.sanitizer.sanitizeInline(unsafe.replaceAll("(?s)^\\s*<h1[^>]*>|</h1>\\s*$", ""));
	}

	/** The practice prompts of a section that is nothing but a list of questions. */
	List<PromptLists.Item> prompts(String markdown) {
		return markdown.isBlank() ? List.of() : PromptLists.in(this.engine.parse(markdown));
	}

}
