package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the split guide into topics and questions: Markdown, sanitized HTML, titles, hashes and
 * subsections.
 */
final class GuideAssembly {

	private static final int MAX_SLUG_LENGTH = 80;

	private final SectionRenderer renderer;

	private final LineIndex lines;

	/** The headings by their first line, in document order. */
	private final Map<Integer, List<SourceHeading>> headingsByLine;

	private final String references;

	private final Function<String, String> imageUrl;

	private final Outline outline;

	GuideAssembly(SectionRenderer renderer, LineIndex lines, List<SourceHeading> headings, String references,
			Function<String, String> imageUrl, Outline outline) {
		this.outline = outline;
		this.renderer = renderer;
		this.lines = lines;
		this.headingsByLine = headings.stream()
			.collect(Collectors.groupingBy(SourceHeading::firstLine, LinkedHashMap::new, Collectors.toList()));
		this.references = references;
		this.imageUrl = imageUrl;
	}

	List<ParsedTopic> topics(Sections sections, String guideTitle, Set<String> anchors) {
		Set<String> takenSlugs = new HashSet<>(anchors);
		List<ParsedTopic> topics = new ArrayList<>();
		for (Sections.TopicSection section : sections.topics) {
			topics.add(topic(section, guideTitle, takenSlugs));
		}
		return topics;
	}

	private ParsedTopic topic(Sections.TopicSection section, String guideTitle, Set<String> takenSlugs) {
		String title = section.heading != null ? section.heading.text() : guideTitle;
		String slug = section.heading != null ? section.heading.anchor() : freeSlug(baseSlug(title, "topic"), takenSlugs);
		String intro = SectionRenderer.markdownOf(this.lines, section.introLines, 0);
		List<SourceHeading> introHeadings = headingsOn(section.introLines);
		String introHtml = this.renderer.html(intro, this.references, anchorsOf(introHeadings), this.imageUrl,
				HeadingLevels.intro(this.outline));
		int introLine = section.heading != null ? section.heading.firstLine() : 0;
		List<ParsedQuestion> items = new ArrayList<>(prompts(intro, introLine, takenSlugs));
		for (Sections.QuestionSection questionSection : section.questions) {
			ParsedQuestion question = question(questionSection);
			items.add(question);
			items.addAll(prompts(question.answerMarkdown(), question.firstLine(), takenSlugs));
		}
		return new ParsedTopic(slug, title, intro, introHtml, anchorsOf(introHeadings), items);
	}

	/**
	 * Answerless prompts for the items of a list of questions, placed after the section that lists
	 * them. Their "answer" holds only the code an item comes with; the hash covers the title too, since
	 * renames are found by hash.
	 */
	private List<ParsedQuestion> prompts(String markdown, int firstLine, Set<String> takenSlugs) {
		return this.renderer.prompts(markdown)
			.stream()
			.map(item -> new ParsedQuestion(freeSlug(baseSlug(item.title(), "prompt"), takenSlugs), item.title(),
					this.renderer.inlineHtml(item.inlineMarkdown()), QuestionKind.PROMPT, item.detailMarkdown(),
					this.renderer.html(item.detailMarkdown(), this.references, List.of(), this.imageUrl,
							HeadingLevels.answer(this.outline)),
					AnswerHash.of(item.title() + "\n" + item.detailMarkdown()), List.of(), List.of(), firstLine))
			.toList();
	}

	/** GitHub's slug of the text, cut at a word boundary so that a long prompt keeps a readable URL. */
	static String baseSlug(String text, String fallback) {
		String slug = GitHubSlugger.slug(text);
		if (slug.length() > MAX_SLUG_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
			slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
		}
		slug = slug.replaceAll("-+$", "");
		return slug.isEmpty() ? fallback : slug;
	}

	private ParsedQuestion question(Sections.QuestionSection section) {
		SourceHeading heading = section.heading;
		String answer = SectionRenderer.markdownOf(this.lines, section.answerLines, heading.column());
		List<SourceHeading> answerHeadings = headingsOn(section.answerLines);
		List<String> anchors = anchorsOf(answerHeadings);
		String answerHtml = this.renderer.html(answer, this.references, anchors, this.imageUrl,
				HeadingLevels.answer(this.outline));
		List<Subsection> subsections = answerHeadings.stream()
			.filter(sub -> !sub.content())
			.map(sub -> new Subsection(sub.anchor(), sub.text(), sub.level()))
			.toList();
		// A prompt's hash covers its title, as other prompts' do: renames are found by hash.
		boolean prompt = section.prompt;
		return new ParsedQuestion(heading.anchor(), heading.text(), this.renderer.titleHtml(heading),
				prompt ? QuestionKind.PROMPT : QuestionKind.QUESTION, answer, answerHtml,
				AnswerHash.of(prompt ? heading.text() + "\n" + answer : answer), subsections, anchors,
				heading.firstLine());
	}

	/**
	 * The headings on these lines, in document order: looked up line by line, as scanning every
	 * heading of the guide for each section made a big guide's parse quadratic.
	 */
	private List<SourceHeading> headingsOn(List<Integer> lineNumbers) {
		return lineNumbers.stream()
			.distinct()
			.sorted()
			.flatMap(line -> this.headingsByLine.getOrDefault(line, List.of()).stream())
			.toList();
	}

	private static List<String> anchorsOf(List<SourceHeading> headings) {
		return headings.stream().map(SourceHeading::anchor).toList();
	}

	/** The base slug, or the first of base-1, base-2, ... clear of every heading anchor and slug taken. */
	static String freeSlug(String base, Set<String> taken) {
		String slug = base;
		for (int n = 1; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		taken.add(slug);
		return slug;
	}

}
