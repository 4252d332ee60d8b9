package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Gives each question its tags and difficulty (docs/ARCHITECTURE.md, "Question metadata"), from the
 * nearest place that says: a metadata comment in its answer ({@code <!-- tags: (a,b) -->},
 * {@code <!-- expertise: (1) -->}), then one in its topic's intro, then a level heading over it
 * ("Junior Sysadmin", "L2: ..."), then the guide's front matter. Tags add up; the nearest
 * difficulty wins.
 */
final class MetadataReader {

	private static final Pattern COMMENT = Pattern.compile(
			"<!--\\s*(tags?|difficulty|level|expertise)\\s*:\\s*(.*?)\\s*-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** Deeper than any heading: a question that is not a heading sits under all headings before it. */
	private static final int BELOW_HEADINGS = 7;

	private final MarkdownEngine engine;

	private final QuestionMetadata guideWide;

	private final List<SourceHeading> groupHeadings;

	/**
	 * @param frontMatter the guide's YAML front matter
	 * @param headings the headings that shape the outline, the guide's title excluded (a title such as
	 * "Python Questions for Senior roles" describes the guide, not a level)
	 */
	MetadataReader(MarkdownEngine engine, Map<String, List<String>> frontMatter, List<SourceHeading> headings) {
		this.engine = engine;
		this.guideWide = fromFrontMatter(frontMatter);
		this.groupHeadings = headings;
	}

	static QuestionMetadata fromFrontMatter(Map<String, List<String>> frontMatter) {
		List<String> tags = new ArrayList<>();
		for (String key : List.of("tags", "tag")) {
			frontMatter.getOrDefault(key, List.of()).forEach(value -> tags.addAll(listOf(value)));
		}
		Integer difficulty = Difficulty.parse(first(frontMatter, "difficulty"));
		if (difficulty == null) {
			difficulty = Difficulty.parse(first(frontMatter, "level"));
		}
		return new QuestionMetadata(tags, difficulty);
	}

	List<ParsedTopic> apply(List<ParsedTopic> topics) {
		List<ParsedTopic> result = new ArrayList<>();
		for (ParsedTopic topic : topics) {
			QuestionMetadata topicWide = fromComments(topic.introMarkdown());
			List<ParsedQuestion> items = topic.items()
				.stream()
				.map(item -> item.withMetadata(metadataOf(item, topicWide)))
				.toList();
			result.add(new ParsedTopic(topic.slug(), topic.title(), topic.introMarkdown(), topic.introHtml(),
					topic.anchors(), items));
		}
		return result;
	}

	private QuestionMetadata metadataOf(ParsedQuestion item, QuestionMetadata topicWide) {
		QuestionMetadata fromHeading = new QuestionMetadata(List.of(), levelOver(item));
		QuestionMetadata own = item.kind() == QuestionKind.QUESTION ? fromComments(item.answerMarkdown())
				: QuestionMetadata.NONE;
		return this.guideWide.overriddenBy(fromHeading)
			.overriddenBy(topicWide)
			.overriddenBy(own)
			.overriddenBy(item.metadata());
	}

	/**
	 * The difficulty of the nearest level heading among the headings the item sits under. A question
	 * that is a heading sits under shallower headings; a prompt, or a question of another form, under
	 * every heading up to its line.
	 */
	private Integer levelOver(ParsedQuestion item) {
		int ownLevel = BELOW_HEADINGS;
		int line = item.firstLine();
		if (item.kind() == QuestionKind.QUESTION) {
			for (SourceHeading heading : this.groupHeadings) {
				if (heading.firstLine() == line) {
					ownLevel = heading.level();
				}
			}
		}
		Integer found = null;
		int shallowest = ownLevel;
		for (int i = this.groupHeadings.size() - 1; i >= 0 && shallowest > 1; i--) {
			SourceHeading heading = this.groupHeadings.get(i);
			boolean before = heading.firstLine() < line
					|| (heading.firstLine() == line && ownLevel == BELOW_HEADINGS);
			if (before && heading.level() < shallowest) {
				shallowest = heading.level();
				Integer level = Difficulty.ofHeading(heading.text());
				if (level != null && found == null) {
					found = level;
				}
			}
		}
		return found;
	}

	/** The metadata comments of a piece of Markdown; those in code are code. */
	private QuestionMetadata fromComments(String markdown) {
		if (!markdown.contains("<!--")) {
			return QuestionMetadata.NONE;
		}
		List<String> tags = new ArrayList<>();
		Integer difficulty = null;
		for (Node node : this.engine.parse(markdown).getDescendants()) {
			if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment || node instanceof HtmlBlock) {
				Matcher comment = COMMENT.matcher(node.getChars());
				while (comment.find()) {
					String key = comment.group(1).toLowerCase(java.util.Locale.ROOT);
					String value = comment.group(2);
					if (key.startsWith("tag")) {
						tags.addAll(listOf(value));
					}
					else {
						Integer level = key.equals("expertise") ? Difficulty.ofExpertise(value) : Difficulty.parse(value);
						difficulty = level != null ? level : difficulty;
					}
				}
			}
		}
		return new QuestionMetadata(tags, difficulty);
	}

	/** "(a,b)", "[a, b]", "a, b" or "a": the items. */
	private static List<String> listOf(String value) {
		String inner = value.strip().replaceAll("^[(\\[]|[)\\]]$", "");
		return List.of(inner.split("\\s*,\\s*"));
	}

	private static String first(Map<String, List<String>> frontMatter, String key) {
		List<String> values = frontMatter.get(key);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

}
