package com.interviewbank.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Renders the split guide into topics and questions: Markdown, sanitized HTML, titles, hashes and
 * subsections.
 */
final class GuideAssembly {

	private final SectionRenderer renderer;

	private final LineIndex lines;

	private final List<SourceHeading> headings;

	private final String references;

	private final Predicate<String> imageExists;

	private final Outline outline;

	GuideAssembly(SectionRenderer renderer, LineIndex lines, List<SourceHeading> headings, String references,
			Predicate<String> imageExists, Outline outline) {
		this.outline = outline;
		this.renderer = renderer;
		this.lines = lines;
		this.headings = headings;
		this.references = references;
		this.imageExists = imageExists;
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
		String slug = section.heading != null ? section.heading.anchor() : freeSlug(title, takenSlugs);
		String intro = SectionRenderer.markdownOf(this.lines, section.introLines, 0);
		List<SourceHeading> introHeadings = headingsOn(section.introLines);
		String introHtml = this.renderer.html(intro, this.references, anchorsOf(introHeadings), this.imageExists,
				HeadingLevels.intro(this.outline));
		List<ParsedQuestion> questions = section.questions.stream().map(this::question).toList();
		return new ParsedTopic(slug, title, intro, introHtml, anchorsOf(introHeadings), questions);
	}

	private ParsedQuestion question(Sections.QuestionSection section) {
		SourceHeading heading = section.heading;
		String answer = SectionRenderer.markdownOf(this.lines, section.answerLines, heading.column());
		List<SourceHeading> answerHeadings = headingsOn(section.answerLines);
		List<String> anchors = anchorsOf(answerHeadings);
		String answerHtml = this.renderer.html(answer, this.references, anchors, this.imageExists,
				HeadingLevels.answer(this.outline));
		List<Subsection> subsections = answerHeadings.stream()
			.filter(sub -> !sub.content())
			.map(sub -> new Subsection(sub.anchor(), sub.text(), sub.level()))
			.toList();
		return new ParsedQuestion(heading.anchor(), heading.text(), this.renderer.titleHtml(heading),
				QuestionKind.QUESTION, answer, answerHtml, AnswerHash.of(answer), subsections, anchors,
				heading.firstLine());
	}

	private List<SourceHeading> headingsOn(List<Integer> lineNumbers) {
		Set<Integer> wanted = new HashSet<>(lineNumbers);
		return this.headings.stream().filter(heading -> wanted.contains(heading.firstLine())).toList();
	}

	private static List<String> anchorsOf(List<SourceHeading> headings) {
		return headings.stream().map(SourceHeading::anchor).toList();
	}

	/** A slug for a topic with no heading, clear of every heading anchor of the guide. */
	private static String freeSlug(String title, Set<String> taken) {
		String base = GitHubSlugger.slug(title);
		if (base.isEmpty()) {
			base = "topic";
		}
		String slug = base;
		for (int n = 1; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		taken.add(slug);
		return slug;
	}

}
