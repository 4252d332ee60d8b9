package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds the questions a guide writes inside its text rather than as headings (docs/ARCHITECTURE.md,
 * "Outline rules"): bold paragraphs, {@code <details>} blocks, list items that are questions and
 * {@code Q:}/{@code A:} pairs. Only top-level blocks count: a bold line inside an answer's list is
 * part of that answer.
 */
final class TextQuestions {

	private static final Pattern SUMMARY = Pattern.compile("(?is)<summary\\b[^>]*>(.*?)</summary>");

	private static final Pattern DETAILS_TAG = Pattern.compile("(?i)<(/?)details\\b[^>]*>");

	private static final Pattern CLOSING_DETAILS = Pattern.compile("(?i)\\s*</details>\\s*");

	/** A summary that reveals the answer to a question written elsewhere, not a question of its own. */
	private static final Pattern REVEAL = Pattern
		.compile("(?iu)\\s*(answer|show|hide|solution|hint|click|explanation|reveal|output|result|example|code|more|details|спойлер|ответ)\\b.*");

	private static final Pattern QUESTION_LINE = Pattern
		.compile("(?i)^\\s{0,3}(?:\\*\\*|__)?\\s*(?:Q|Question)\\s*\\d*\\s*[:.)]\\s*(?:\\*\\*|__)?\\s*(.*)$");

	private static final Pattern ANSWER_LINE = Pattern
		.compile("(?i)^\\s{0,3}(?:\\*\\*|__)?\\s*(?:A|Answer|Ans)\\s*\\d*\\s*[:.)].*$");

	/** The share of a list's items that must read as questions for the list to be one of questions. */
	private static final double ASKING_SHARE = 0.6;

	/**
	 * A question found in the text.
	 *
	 * @param form how it is written
	 * @param firstLine its first line (0-based)
	 * @param lastTitleLine the last line that holds its title
	 * @param closingLine a line that only closes it ({@code </details>}), or -1
	 * @param title plain text
	 * @param inlineMarkdown the title as one line of Markdown
	 * @param column the column its text starts in, to dedent its answer (a list item's nested content)
	 */
	record Found(QuestionForm form, int firstLine, int lastTitleLine, int closingLine, String title,
			String inlineMarkdown, int column) {
	}

	private final LineIndex lines;

	TextQuestions(LineIndex lines) {
		this.lines = lines;
	}

	/** Every question written in the text of the guide, of every form, in document order by form. */
	List<Found> in(Document document) {
		List<Found> found = new ArrayList<>();
		for (Node block : document.getChildren()) {
			if (block instanceof BlankLine) {
				continue;
			}
			if (block instanceof Paragraph paragraph) {
				bold(paragraph).ifPresent(found::add);
				questionAndAnswer(paragraph).ifPresent(found::add);
			}
			else if (block instanceof HtmlBlock html) {
				details(html).ifPresent(found::add);
			}
			else if (block instanceof ListBlock list) {
				found.addAll(listQuestions(list));
			}
		}
		return found;
	}

	private java.util.Optional<Found> bold(Paragraph paragraph) {
		if (!(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
			return java.util.Optional.empty();
		}
		int lastTitleLine = this.lines.lineOf(Math.max(strong.getStartOffset(), strong.getEndOffset() - 1));
		String line = this.lines.line(lastTitleLine);
		int endColumn = strong.getEndOffset() - this.lines.startOf(lastTitleLine);
		String title = oneLine(PlainText.of(strong));
		// The bold text must end its line: a bold word opening a sentence is emphasis, not a question.
		if (endColumn > line.length() || !line.substring(endColumn).isBlank() || title.isEmpty()
				|| !PromptLists.readsAsQuestion(title)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Found(QuestionForm.BOLD, this.lines.lineOf(paragraph.getStartOffset()),
				lastTitleLine, -1, title, oneLine(strong.getText().toString()), 0));
	}

	private java.util.Optional<Found> questionAndAnswer(Paragraph paragraph) {
		int first = this.lines.lineOf(paragraph.getStartOffset());
		int last = lastLineOf(paragraph);
		Matcher question = QUESTION_LINE.matcher(this.lines.line(first));
		if (!question.matches()) {
			return java.util.Optional.empty();
		}
		for (int line = first + 1; line <= last; line++) {
			if (ANSWER_LINE.matcher(this.lines.line(line)).matches()) {
				return qa(first, line - 1);
			}
		}
		// A question with no answer written (a prompt), as long as it reads as one.
		return qa(first, last).filter(found -> PromptLists.readsAsQuestion(found.title()));
	}

	private java.util.Optional<Found> qa(int first, int lastTitleLine) {
		StringBuilder title = new StringBuilder();
		for (int line = first; line <= lastTitleLine; line++) {
			String text = this.lines.line(line);
			Matcher question = QUESTION_LINE.matcher(text);
			title.append(line == first && question.matches() ? question.group(1) : text).append(' ');
		}
		String markdown = oneLine(title.toString()).replaceAll("^(\\*\\*|__)|(\\*\\*|__)$", "").strip();
		String plain = oneLine(markdown.replaceAll("[*_`]", ""));
		return plain.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(new Found(QuestionForm.QA, first, lastTitleLine, -1, plain, markdown, 0));
	}

	private java.util.Optional<Found> details(HtmlBlock html) {
		String text = html.getChars().toString();
		if (!text.stripLeading().toLowerCase(Locale.ROOT).startsWith("<details")) {
			return java.util.Optional.empty();
		}
		Matcher summary = SUMMARY.matcher(text);
		if (!summary.find()) {
			return java.util.Optional.empty();
		}
		String title = oneLine(org.jsoup.Jsoup.parseBodyFragment(summary.group(1)).text());
		if (title.isEmpty() || REVEAL.matcher(title).matches()) {
			return java.util.Optional.empty();
		}
		int first = this.lines.lineOf(html.getStartOffset());
		int lastTitleLine = this.lines.lineOf(html.getStartOffset() + summary.end() - 1);
		return java.util.Optional.of(new Found(QuestionForm.DETAILS, first, lastTitleLine,
				closingLine(first), title, escaped(title), 0));
	}

	/** The line that closes the {@code <details>} opened on this line, when it holds nothing else. */
	private int closingLine(int first) {
		int depth = 0;
		boolean inFence = false;
		for (int line = first; line < this.lines.count(); line++) {
			String text = this.lines.line(line);
			if (text.stripLeading().startsWith("```") || text.stripLeading().startsWith("~~~")) {
				inFence = !inFence;
				continue;
			}
			if (inFence) {
				continue;
			}
			Matcher tag = DETAILS_TAG.matcher(text);
			while (tag.find()) {
				depth += tag.group(1).isEmpty() ? 1 : -1;
				if (depth == 0) {
					return CLOSING_DETAILS.matcher(text).matches() ? line : -1;
				}
			}
		}
		return -1;
	}

	private List<Found> listQuestions(ListBlock list) {
		List<Found> items = new ArrayList<>();
		int asking = 0;
		for (Node child : list.getChildren()) {
			if (child instanceof ListItem item && item.getFirstChild() instanceof Paragraph paragraph) {
				String title = oneLine(PlainText.of(paragraph));
				if (title.isEmpty()) {
					return List.of();
				}
				asking += PromptLists.readsAsQuestion(title) ? 1 : 0;
				int first = this.lines.lineOf(item.getStartOffset());
				int column = paragraph.getStartOffset() - this.lines.startOf(this.lines.lineOf(paragraph.getStartOffset()));
				items.add(new Found(QuestionForm.LIST, first, lastLineOf(paragraph), -1, title,
						oneLine(paragraph.getChars().toString()), column));
			}
			else if (child instanceof ListItem) {
				return List.of();
			}
		}
		return !items.isEmpty() && asking >= ASKING_SHARE * items.size() ? items : List.of();
	}

	static boolean isAnswerLine(String line) {
		return ANSWER_LINE.matcher(line).matches();
	}

	private int lastLineOf(Node node) {
		return this.lines.lineOf(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/** Plain text as Markdown that shows it as it is. */
	private static String escaped(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#!|~])", "\\\\$1");
	}

}
