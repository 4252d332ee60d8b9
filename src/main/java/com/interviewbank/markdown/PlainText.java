package com.interviewbank.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The plain text of a node: what a reader sees, markup and raw HTML left out. (flexmark's own
 * TextCollectingVisitor trips an internal assertion on some real guides.)
 */
final class PlainText {

	private PlainText() {
	}

	static String of(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child : node.getDescendants()) {
			if (child instanceof Text && child.getParent() instanceof Emoji) {
				// The shortcode as written, so that titles and anchors stay what they were before emoji.
				text.append(':').append(child.getChars()).append(':');
			}
			else if (child instanceof Text) {
				text.append(child.getChars().unescape());
			}
			else if (child instanceof HtmlEntity) {
				text.append(org.jsoup.parser.Parser.unescapeEntities(child.getChars().toString(), false));
			}
			else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
				text.append(' ');
			}
		}
		return text.toString();
	}

}
