package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Recognises a guide's own table of contents: a section titled like one, or a list or table
 * that is mostly links to the guide's headings. It is navigation, not content: the app builds
 * its own.
 */
final class TableOfContents {

	private static final Pattern TITLE = Pattern
		.compile("(?iu)(table of contents|contents|toc|содержание|оглавление)\\.?");

	private static final int MIN_LINKS = 3;

	static boolean isTitle(String headingText) {
		return TITLE.matcher(headingText.strip()).matches();
	}

	/** A top-level block's lines, first and last inclusive, 0-based. */
	record Block(int firstLine, int lastLine) {

		boolean contains(int line) {
			return this.firstLine <= line && line <= this.lastLine;
		}

	}

	/** Lists and tables that are mostly links to the guide's own headings. */
	static List<Block> linkBlocks(Document document, Set<String> anchors, LineIndex lines) {
		List<Block> blocks = new ArrayList<>();
		for (Node block : document.getChildren()) {
			if ((block instanceof BulletList || block instanceof OrderedList || block instanceof TableBlock)
					&& isMostlyAnchorLinks(block, anchors)) {
				blocks.add(new Block(lines.lineOf(block.getStartOffset()),
						lines.lineOf(Math.max(block.getStartOffset(), block.getEndOffset() - 1))));
			}
		}
		return blocks;
	}

	private static boolean isMostlyAnchorLinks(Node block, Set<String> anchors) {
		int links = 0;
		int anchorLinks = 0;
		int linkTextLength = 0;
		for (Node node : block.getDescendants()) {
			if (node instanceof Link link) {
				links++;
				String url = link.getUrl().toString();
				if (url.startsWith("#") && anchors.contains(HtmlSanitizer.decodeAnchor(url.substring(1)))) {
					anchorLinks++;
					linkTextLength += link.getText().length();
				}
			}
		}
		int textLength = PlainText.of(block).replaceAll("[\\s|0-9.-]", "").length();
		return anchorLinks >= MIN_LINKS && anchorLinks * 10 >= links * 8 && linkTextLength * 10 >= textLength * 6;
	}

}
