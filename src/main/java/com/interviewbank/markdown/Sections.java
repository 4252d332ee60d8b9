package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The guide cut into topics and questions, as line numbers of the repaired source.
 */
final class Sections {

	/** A topic: its heading (null when the guide has none for it), intro lines and questions. */
	static final class TopicSection {

		final SourceHeading heading;

		final List<Integer> introLines = new ArrayList<>();

		final List<QuestionSection> questions = new ArrayList<>();

		TopicSection(SourceHeading heading) {
			this.heading = heading;
		}

	}

	/** A question: its heading (or its title in the text) and the lines of its answer. */
	static final class QuestionSection {

		final SourceHeading heading;

		final List<Integer> answerLines = new ArrayList<>();

		/** An answerless prompt: a list item with nothing nested, a {@code Q:} with no {@code A:}. */
		boolean prompt;

		QuestionSection(SourceHeading heading) {
			this.heading = heading;
		}

	}

	final List<TopicSection> topics = new ArrayList<>();

	final LineRole[] roles;

	Sections(int lineCount) {
		this.roles = new LineRole[lineCount];
	}

}
