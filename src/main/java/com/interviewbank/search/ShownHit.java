package com.interviewbank.search;

import java.util.List;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import com.interviewbank.guide.AnswerAnchor;
import com.interviewbank.guide.GuideLinks;
import com.interviewbank.markdown.QuestionKind;

/**
 * A hit as a page of results shows it, projected from the fields the index stores
 * ({@link IndexFields#SHOWN_KEY} and the rest): a page of results reads no entity from the database.
 *
 * @param topicKey {@code guide/topic}
 * @param subsections each {@code anchor}, a tab, the heading's text ({@link #subsection})
 * @param codeLines the lines of the answer's first code block ({@link Snippets#codeLines})
 * @param prose the answer's prose and {@code headings} its subsection headings, one per line, for
 * snippets marked here ({@link LocalSnippets}); null when not projected ({@link #projection})
 */
record ShownHit(Long id, float score, String key, String guide, String topicKey, String slug, String title,
		String topicTitle, boolean prompt, List<String> subsections, String codeLines, String prose,
		String headings) {

	/** What a hit shows, without its text (suggestions, and snippets a cluster highlights). */
	static ProjectionFinalStep<ShownHit> projection(SearchProjectionFactory<?, ?> f) {
		return f.composite().from(shown(f)).asList(ShownHit::of);
	}

	/** What a hit shows, with its prose and headings, for snippets marked here ({@link LocalSnippets}). */
	static ProjectionFinalStep<ShownHit> withText(SearchProjectionFactory<?, ?> f) {
		List<SearchProjection<?>> fields = new java.util.ArrayList<>(List.of(shown(f)));
		fields.add(f.field(IndexFields.PROSE_STD, String.class).toProjection());
		fields.add(f.field(IndexFields.HEADINGS_STD, String.class).toProjection());
		return f.composite().from(fields.toArray(SearchProjection<?>[]::new)).asList(ShownHit::of);
	}

	private static SearchProjection<?>[] shown(SearchProjectionFactory<?, ?> f) {
		return new SearchProjection<?>[] { f.id(Long.class).toProjection(), f.score().toProjection(),
				f.field(IndexFields.SHOWN_KEY, String.class).toProjection(),
				f.field(IndexFields.GUIDE, String.class).toProjection(),
				f.field(IndexFields.TOPIC, String.class).toProjection(),
				f.field(IndexFields.SHOWN_SLUG, String.class).toProjection(),
				f.field(IndexFields.SHOWN_TITLE, String.class).toProjection(),
				f.field(IndexFields.SHOWN_TOPIC_TITLE, String.class).toProjection(),
				f.field(IndexFields.KIND, String.class).toProjection(),
				f.field(IndexFields.SHOWN_SUBSECTION, String.class).multi().toProjection(),
				f.field(IndexFields.SHOWN_CODE, String.class).toProjection() };
	}

	@SuppressWarnings("unchecked")
	private static ShownHit of(List<?> values) {
		boolean text = values.size() > 11;
		return new ShownHit((Long) values.get(0), (Float) values.get(1), (String) values.get(2), (String) values.get(3),
				(String) values.get(4), (String) values.get(5), (String) values.get(6), (String) values.get(7),
				QuestionKind.PROMPT.name().equals(values.get(8)), (List<String>) values.get(9), (String) values.get(10),
				text ? (String) values.get(11) : null, text ? (String) values.get(12) : null);
	}

	/** How the index keeps a subsection: its anchor, a tab, its heading's text. */
	static String subsection(AnswerAnchor anchor) {
		return anchor.anchor() + "\t" + anchor.title();
	}

	/** The same hit as another query scored it. */
	ShownHit withScore(float score) {
		return new ShownHit(this.id, score, this.key, this.guide, this.topicKey, this.slug, this.title, this.topicTitle,
				this.prompt, this.subsections, this.codeLines, this.prose, this.headings);
	}

	/** About the bytes the hit takes in memory ({@link ShownHits}): its characters twice, and a little more. */
	int weight() {
		int chars = length(this.key) + length(this.guide) + length(this.topicKey) + length(this.slug)
				+ length(this.title) + length(this.topicTitle) + length(this.codeLines) + length(this.prose)
				+ length(this.headings);
		for (String subsection : this.subsections) {
			chars += length(subsection);
		}
		return 2 * chars + 256;
	}

	private static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

	String topic() {
		return this.topicKey.substring(this.topicKey.indexOf('/') + 1);
	}

	String pagePath() {
		return GuideLinks.question(this.guide, this.slug);
	}

	/** The anchor of the first subsection whose heading holds this text or is held by it, or null. */
	String anchorOf(String headingText) {
		for (String subsection : this.subsections) {
			int tab = subsection.indexOf('\t');
			String title = subsection.substring(tab + 1);
			if (headingText.contains(title) || title.contains(headingText)) {
				return subsection.substring(0, tab);
			}
		}
		return null;
	}

}
