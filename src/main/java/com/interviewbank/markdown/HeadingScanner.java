package com.interviewbank.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds every heading of a parsed guide in document order, with its GitHub anchor, and marks the
 * ones inside {@code <details>} blocks or quotes, which belong to the answer around them.
 */
final class HeadingScanner {

	private static final Pattern DETAILS_TAG = Pattern.compile("<(/?)details\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private record Span(int open, int close) {

		boolean contains(int offset) {
			return this.open < offset && offset < this.close;
		}

	}

	List<SourceHeading> scan(Document document, LineIndex lines) {
		List<Heading> headings = new ArrayList<>();
		List<Span> details = new ArrayList<>();
		Deque<Integer> openDetails = new ArrayDeque<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading) {
				headings.add(heading);
			}
			else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
				Matcher tag = DETAILS_TAG.matcher(node.getChars());
				while (tag.find()) {
					int offset = node.getStartOffset() + tag.start();
					if (tag.group(1).isEmpty()) {
						openDetails.push(offset);
					}
					else if (!openDetails.isEmpty()) {
						details.add(new Span(openDetails.pop(), offset));
					}
				}
			}
		}
		GitHubSlugger slugger = new GitHubSlugger();
		List<SourceHeading> result = new ArrayList<>(headings.size());
		for (Heading heading : headings) {
			int offset = heading.getStartOffset();
			String text = AnchorTargets.withoutCustomId(PlainText.of(heading).strip());
			boolean content = insideQuote(heading) || insideListItemText(heading)
					|| details.stream().anyMatch(span -> span.contains(offset));
			int firstLine = lines.lineOf(offset);
			int lastLine = lines.lineOf(Math.max(offset, heading.getEndOffset() - 1));
			result.add(new SourceHeading(heading.getLevel(), firstLine, lastLine, text,
					AnchorTargets.withoutCustomId(heading.getText().toString().strip()), offset - lines.startOf(firstLine), slugger.next(text),
					content));
		}
		return result;
	}

	/**
	 * A heading that opens a list item starts a question ({@code 1.  ### What is X?}); one further
	 * down an item is part of the text the item holds.
	 */
	private static boolean insideListItemText(Heading heading) {
		Node parent = heading.getParent();
		return parent instanceof ListItem && parent.getFirstChild() != heading;
	}

	private static boolean insideQuote(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof BlockQuote) {
				return true;
			}
		}
		return false;
	}

}
