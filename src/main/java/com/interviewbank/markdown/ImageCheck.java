package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Warns of relative images with no file, or with a file the bank does not store: the page shows
 * their alt text instead.
 */
final class ImageCheck {

	private static final Pattern HTML_IMAGE_SOURCE = Pattern.compile("<img\\b[^>]*\\bsrc\\s*=\\s*[\"']?([^\"'\\s>]+)",
			Pattern.CASE_INSENSITIVE);

	private final ImageSources images;

	ImageCheck(ImageSources images) {
		this.images = images;
	}

	List<ParseWarning> missingImages(Document document, LineIndex lines, LineRole[] roles) {
		List<ParseWarning> warnings = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Image image) {
				check(image.getUrl().toString(), image.getStartOffset(), lines, roles, warnings);
			}
			else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
				Matcher source = HTML_IMAGE_SOURCE.matcher(node.getChars());
				while (source.find()) {
					check(source.group(1), node.getStartOffset() + source.start(), lines, roles, warnings);
				}
			}
		}
		return warnings;
	}

	private void check(String src, int offset, LineIndex lines, LineRole[] roles, List<ParseWarning> warnings) {
		int line = lines.lineOf(offset);
		boolean relative = !src.matches("(?i)^(https?:|//|data:|mailto:).*");
		if (!relative || roles[line] == LineRole.TABLE_OF_CONTENTS) {
			return;
		}
		if (!this.images.exists(src)) {
			warnings.add(new ParseWarning(line + 1,
					"Image «" + src + "» has no file next to the guide; readers see its alt text instead."));
			return;
		}
		String refusal = this.images.refusal(src);
		if (refusal != null) {
			warnings.add(new ParseWarning(line + 1,
					"Image «" + src + "» is not stored: " + refusal + "; readers see its alt text instead."));
		}
	}

}
