package com.interviewbank.markdown;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A guide's title and language, from the places docs/ARCHITECTURE.md ("Outline rules") names in order.
 */
final class GuideMetadata {

	private static final Pattern HTML_H1 = Pattern.compile("<h1\\b[^>]*>(.*?)</h1>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private GuideMetadata() {
	}

	static Map<String, List<String>> frontMatter(Document document) {
		AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
		visitor.visit(document);
		return visitor.getData();
	}

	/** The front matter's title, else an HTML h1's text, else null. */
	static String declaredTitle(Map<String, List<String>> frontMatter, Document document) {
		String fromFrontMatter = first(frontMatter, "title");
		if (fromFrontMatter != null) {
			return fromFrontMatter;
		}
		for (Node node : document.getDescendants()) {
			if (node instanceof HtmlBlock) {
				Matcher h1 = HTML_H1.matcher(node.getChars());
				if (h1.find()) {
					String text = h1.group(1).replaceAll("<[^>]*>", "").strip();
					if (!text.isEmpty()) {
						return org.jsoup.parser.Parser.unescapeEntities(text, false);
					}
				}
			}
		}
		return null;
	}

	static String titleFromFileName(String fileName) {
		String base = baseName(fileName).replaceAll("[-_]+", " ").strip();
		return base.isEmpty() ? "Guide" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
	}

	/** The front matter's {@code lang} or {@code language}, else a guess from the letters used. */
	static String language(Map<String, List<String>> frontMatter, String text) {
		String declared = first(frontMatter, "lang");
		if (declared == null) {
			declared = first(frontMatter, "language");
		}
		if (declared != null && declared.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]+)?")) {
			return declared.substring(0, Math.min(declared.length(), 2)).toLowerCase(Locale.ROOT);
		}
		return ScriptGuess.languageOf(text);
	}

	static String slugOfFileName(String fileName) {
		String ascii = Normalizer.normalize(baseName(fileName), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "guide" : slug;
	}

	private static String baseName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String first(Map<String, List<String>> frontMatter, String key) {
		List<String> values = frontMatter.get(key);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			return null;
		}
		return values.get(0).strip().replaceAll("^[\"']|[\"']$", "");
	}

}
