package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds a section that is nothing but a list of questions (a guide's "common questions", or a
 * guide of bare bullets): each item, nested ones included, becomes an answerless practice prompt.
 * A list of facts that answers a question is not one: most of its items must read as questions.
 */
final class PromptLists {

	/** Longer than this, an item is an essay, not a prompt (and would not fit a title). */
	private static final int MAX_TITLE_LENGTH = 1000;

	/** The share of items that must read as questions. */
	private static final double ASKING_SHARE = 0.6;

	/**
	 * Words that open a question or a request to the candidate. Not "is" or "has": a list of skills
	 * ("Has experience with ...") is not a list of questions; a question that opens with them ends
	 * with a question mark.
	 */
	private static final Set<String> ASKING_WORDS = Set.of("what", "why", "how", "when", "where", "which", "who",
			"whom", "whose", "can", "could", "would", "should", "explain", "describe", "compare", "tell", "imagine",
			"suppose", "name", "define", "give", "discuss", "please", "let's", "let’s", "make", "create", "write",
			"implement", "design");

	/**
	 * An item of a prompt list.
	 *
	 * @param title plain text, whitespace collapsed
	 * @param inlineMarkdown the item's text as one line of Markdown
	 * @param detailMarkdown code that goes with the item ("Make this work:" and a fence), or empty
	 */
	record Item(String title, String inlineMarkdown, String detailMarkdown) {

		Item withDetail(Node code) {
			String more = code.getChars().toString().stripTrailing();
			return new Item(this.title, this.inlineMarkdown,
					this.detailMarkdown.isEmpty() ? more : this.detailMarkdown + "\n\n" + more);
		}

	}

	private PromptLists() {
	}

	/** The prompts of a section, in document order; empty unless the whole section is such a list. */
	static List<Item> in(Document section) {
		List<Item> items = new ArrayList<>();
		for (Node block : section.getChildren()) {
			if (block instanceof BlankLine) {
				continue;
			}
			if (isCode(block) && !items.isEmpty()) {
				items.set(items.size() - 1, items.get(items.size() - 1).withDetail(block));
			}
			else if (!(block instanceof ListBlock list) || !collect(list, items)) {
				return List.of();
			}
		}
		long asking = items.stream().filter(item -> readsAsQuestion(item.title())).count();
		return !items.isEmpty() && asking >= ASKING_SHARE * items.size() ? List.copyOf(items) : List.of();
	}

	/** Adds the list's items; false if an item holds more than one paragraph and nested lists. */
	private static boolean collect(ListBlock list, List<Item> items) {
		for (Node child : list.getChildren()) {
			if (!(child instanceof ListItem item)) {
				continue;
			}
			boolean hasText = false;
			for (Node part : item.getChildren()) {
				if (part instanceof Paragraph paragraph && !hasText) {
					itemOf(paragraph).ifPresent(items::add);
					hasText = true;
				}
				else if (part instanceof ListBlock nested) {
					if (!collect(nested, items)) {
						return false;
					}
				}
				else if (isCode(part) && hasText) {
					items.set(items.size() - 1, items.get(items.size() - 1).withDetail(part));
				}
				else if (!(part instanceof BlankLine)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isCode(Node block) {
		return block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock;
	}

	private static Optional<Item> itemOf(Paragraph paragraph) {
		String title = PlainText.of(paragraph).replaceAll("\\s+", " ").strip();
		String markdown = paragraph.getChars().toString().replaceAll("\\s*\\R\\s*", " ").strip();
		return title.isEmpty() || title.length() > MAX_TITLE_LENGTH ? Optional.empty()
				: Optional.of(new Item(title, markdown, ""));
	}

	static boolean readsAsQuestion(String title) {
		String text = title.replaceAll("[\\s\"'”’)]+$", "");
		if (text.endsWith("?") || text.endsWith("？")) {
			return true;
		}
		String firstWord = text.split("[^\\p{L}'’]+", 2)[0].toLowerCase(Locale.ROOT);
		return ASKING_WORDS.contains(firstWord);
	}

}
