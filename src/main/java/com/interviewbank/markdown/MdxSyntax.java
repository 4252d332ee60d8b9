package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDX a guide written for a documentation site carries ({@code import Tabs from '@theme/Tabs';},
 * {@code <Tabs>}, {@code <TabItem value="js">}), which means nothing to a reader: its lines are
 * blanked before parsing, so that they show neither as text nor as HTML, with a warning. A line
 * keeps its number, and code blocks keep theirs.
 */
final class MdxSyntax {

	private static final Pattern IMPORT = Pattern
		.compile("^import\\s+(?:[\\w*{}\\s,]+\\s+from\\s+)?['\"][^'\"]+['\"];?\\s*$");

	private static final Pattern COMPONENT_TAG = Pattern.compile("</?([A-Z][\\w.]*)(?:\\s[^<>]*?)?/?>");

	private static final Pattern COMPONENT_LINE = Pattern
		.compile("^\\s*(?:</?[A-Z][\\w.]*(?:\\s[^<>]*?)?/?>\\s*)+$");

	private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");

	/** The text with MDX lines blanked, and what was dropped. */
	record Result(String text, List<ParseWarning> warnings) {
	}

	private MdxSyntax() {
	}

	static Result strip(String text) {
		if (!text.contains("import ") && !COMPONENT_TAG.matcher(text).find()) {
			return new Result(text, List.of());
		}
		String[] lines = text.split("\n", -1);
		List<Integer> imports = new ArrayList<>();
		List<Integer> components = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		String fence = null;
		for (int i = 0; i < lines.length; i++) {
			Matcher opening = FENCE.matcher(lines[i]);
			if (opening.find()) {
				String marker = opening.group(1);
				if (fence == null) {
					fence = marker;
				}
				else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
						&& lines[i].strip().equals(marker)) {
					fence = null;
				}
				continue;
			}
			if (fence != null) {
				continue;
			}
			if (IMPORT.matcher(lines[i]).matches()) {
				imports.add(i);
			}
			else if (COMPONENT_LINE.matcher(lines[i]).matches()) {
				components.add(i);
				Matcher tag = COMPONENT_TAG.matcher(lines[i]);
				while (tag.find()) {
					names.add(tag.group(1));
				}
			}
		}
		if (imports.isEmpty() && components.isEmpty()) {
			return new Result(text, List.of());
		}
		List<ParseWarning> warnings = new ArrayList<>();
		if (!imports.isEmpty()) {
			warnings.add(new ParseWarning(imports.get(0) + 1, imports.size()
					+ " MDX import line(s) dropped: they load components of a documentation site, not text for readers."));
		}
		if (!components.isEmpty()) {
			warnings.add(new ParseWarning(components.get(0) + 1, components.size() + " line(s) of MDX components "
					+ String.join(", ", names) + " dropped; the text between them is kept."));
		}
		imports.forEach(line -> lines[line] = "");
		components.forEach(line -> lines[line] = "");
		return new Result(String.join("\n", lines), warnings);
	}

}
