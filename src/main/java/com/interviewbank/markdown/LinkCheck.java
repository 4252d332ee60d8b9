package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Warns of links that would lead nowhere, which readers see as text: an anchor no heading or
 * {@code <a name>} of the guide sets, a relative link when the guide has no source address.
 */
final class LinkCheck {

	private static final Pattern HTML_HREF = Pattern.compile("<a\\b[^>]*\\bhref\\s*=\\s*([\"'])(.*?)\\1",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final LinkTargets targets;

	LinkCheck(LinkTargets targets) {
		this.targets = targets;
	}

	List<ParseWarning> deadLinks(Document document, LineIndex lines, LineRole[] roles) {
		List<ParseWarning> warnings = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Link link) {
				check(link.getUrl().toString(), node.getStartOffset(), lines, roles, warnings);
			}
			else if (node instanceof LinkRef ref && ref.isDefined()) {
				Reference reference = ref.getReferenceNode(document);
				if (reference != null) {
					check(reference.getUrl().toString(), node.getStartOffset(), lines, roles, warnings);
				}
			}
			else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
				Matcher href = HTML_HREF.matcher(node.getChars());
				while (href.find()) {
					check(href.group(2), node.getStartOffset() + href.start(), lines, roles, warnings);
				}
			}
		}
		return warnings;
	}

	private void check(String href, int offset, LineIndex lines, LineRole[] roles, List<ParseWarning> warnings) {
		int line = lines.lineOf(offset);
		LineRole role = roles[line];
		if (role == LineRole.TABLE_OF_CONTENTS || role == LineRole.FRONT_MATTER
				|| this.targets.of(href) != LinkTargets.Kind.NOWHERE) {
			return;
		}
		warnings.add(new ParseWarning(line + 1, href.strip().startsWith("#")
				? "Link «" + href + "» leads to no heading or anchor of the guide; readers see its text."
				: "Link «" + href + "» is relative and the guide has no source address to resolve it against; readers see its text. Set the guide's source address to link it."));
	}

}
