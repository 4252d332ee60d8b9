package com.interviewbank.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * flexmark's parser and renderer, configured once for GitHub-flavoured guides. Both are
 * thread-safe, so one engine serves every import.
 */
final class MarkdownEngine {

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownEngine() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
				TaskListExtension.create(), AutolinkExtension.create(), YamlFrontMatterExtension.create(),
				EmojiExtension.create(), FootnoteExtension.create(), new MathExtension()));
		// Emoji as the characters themselves, as GitHub shows them: no image to fetch.
		options.set(EmojiExtension.USE_SHORTCUT_TYPE, EmojiShortcutType.ANY_GITHUB_PREFERRED)
			.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
		// GitHub tables: a header row, a separator, and rows that need not repeat the pipes.
		options.set(TablesExtension.COLUMN_SPANS, false)
			.set(TablesExtension.APPEND_MISSING_COLUMNS, true)
			.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
			.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
		options.set(HtmlRenderer.SOFT_BREAK, "\n");
		// Heading ids are GitHub's, set by the importer; flexmark's generator is not needed (and it
		// trips an internal assertion on a heading inside a task-list item).
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	/** Raw HTML, not yet sanitized. */
	String renderUnsafe(String markdown) {
		return this.renderer.render(this.parser.parse(markdown));
	}

}
