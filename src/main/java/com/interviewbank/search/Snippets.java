package com.interviewbank.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Snippets are shown as HTML. A highlighted fragment comes back HTML-encoded with {@code <mark>}
 * tags; the opening of an answer that did not match comes back as raw text. Either way only
 * {@code <mark>} survives as markup.
 */
final class Snippets {

	private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");

	private Snippets() {
	}

	private static final int CODE_LINES = 3;

	/** The most lines of code kept in the index for a snippet to start at. */
	private static final int KEPT_CODE_LINES = 60;

	/**
	 * The non-blank lines of an answer's first code block, one per line, as the index keeps them
	 * for {@link #code}; empty when the answer has no code.
	 */
	static String codeLines(String answerHtml) {
		Document answer = Jsoup.parseBodyFragment(answerHtml == null ? "" : answerHtml);
		return answer.select("pre code, pre")
			.stream()
			.findFirst()
			.map(code -> Arrays.stream(code.wholeText().split("\n"))
				.filter(line -> !line.isBlank())
				.limit(KEPT_CODE_LINES)
				.collect(Collectors.joining("\n")))
			.orElse("");
	}

	/** The words searched, made into a pattern once per search, to mark every hit's title and code. */
	static WordMarks marks(List<String> words) {
		return new WordMarks(wordsPattern(words));
	}

	/**
	 * The words searched, and longer words starting with them, marked in plain text.
	 *
	 * @param pattern the words as {@link #wordsPattern} makes them, or null if none can be marked
	 */
	record WordMarks(Pattern pattern) {

		/**
		 * The opening lines of an answer's first code block ({@link #codeLines}), escaped, as the
		 * snippet of an answer whose prose holds no word searched; starting at the first line with a
		 * word searched, if one has. Empty when the answer has no code.
		 */
		String code(String codeLines) {
			List<String> lines = codeLines == null || codeLines.isEmpty() ? List.of() : List.of(codeLines.split("\n"));
			if (lines.isEmpty()) {
				return "";
			}
			int start = 0;
			for (int i = 0; this.pattern != null && i < lines.size(); i++) {
				if (this.pattern.matcher(lines.get(i)).find()) {
					start = i;
					break;
				}
			}
			List<String> shown = lines.subList(start, Math.min(lines.size(), start + CODE_LINES));
			return mark(String.join("\n", shown));
		}

		/** Text escaped as HTML, with the words searched, and longer words starting with them, in {@code <mark>}. */
		String mark(String text) {
			if (this.pattern == null) {
				return Entities.escape(text);
			}
			StringBuilder marked = new StringBuilder();
			Matcher matcher = this.pattern.matcher(text);
			int at = 0;
			while (matcher.find()) {
				marked.append(Entities.escape(text.substring(at, matcher.start())))
					.append("<mark>")
					.append(Entities.escape(matcher.group()))
					.append("</mark>");
				at = matcher.end();
			}
			return marked.append(Entities.escape(text.substring(at))).toString();
		}

	}

	/** The words at the start of a word, a plural's "s" optional: "decorators" marks "decorator". */
	private static Pattern wordsPattern(List<String> words) {
		List<String> alternatives = words.stream()
			.map(word -> word.toLowerCase(Locale.ROOT))
			.map(word -> word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
			.filter(word -> word.length() > 1)
			.map(Pattern::quote)
			.toList();
		if (alternatives.isEmpty()) {
			return null;
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + String.join("|", alternatives) + ")[\\p{L}\\p{N}_]*",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static String of(String highlight) {
		return highlight.contains("<mark>") ? joinAdjacentMarks(clean(highlight)) : Entities.escape(highlight);
	}

	/**
	 * Marks side by side are one: a Chinese word the index holds as several tokens (跳 表) reads as
	 * the word it is (<mark>跳表</mark>).
	 */
	private static String joinAdjacentMarks(String snippet) {
		return snippet.replace("</mark><mark>", "");
	}

	private static String clean(String snippet) {
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
			.escapeMode(Entities.EscapeMode.base);
		return Jsoup.clean(snippet, "", MARKS_ONLY, output);
	}

}
