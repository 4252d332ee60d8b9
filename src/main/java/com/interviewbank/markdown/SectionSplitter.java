package com.interviewbank.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every line of the guide exactly one place: front matter, title, table of contents, a
 * topic heading or intro, a question heading or answer. Lines before the first topic open the
 * first topic's intro; headings of other levels stay inside the section they stand in.
 */
final class SectionSplitter {

	Sections split(LineIndex lines, List<SourceHeading> headings, Outline outline, GuidePreamble frame) {
		Sections sections = new Sections(lines.count());
		frame.frontMatterLines().forEach(line -> sections.roles[line] = LineRole.FRONT_MATTER);
		frame.tableOfContentsLines().forEach(line -> sections.roles[line] = LineRole.TABLE_OF_CONTENTS);
		if (frame.titleHeading() != null) {
			mark(sections, frame.titleHeading(), LineRole.TITLE);
		}
		Map<Integer, SourceHeading> startingAt = new HashMap<>();
		for (SourceHeading heading : headings) {
			if (!heading.content() && sections.roles[heading.firstLine()] == null) {
				startingAt.put(heading.firstLine(), heading);
			}
		}
		Sections.TopicSection topic = null;
		Sections.QuestionSection question = null;
		java.util.List<Integer> preamble = new java.util.ArrayList<>();
		for (int line = 0; line < lines.count(); line++) {
			if (sections.roles[line] != null) {
				continue;
			}
			SourceHeading heading = startingAt.get(line);
			if (heading != null && startsTopic(heading, outline)) {
				topic = new Sections.TopicSection(heading);
				sections.topics.add(topic);
				question = null;
				mark(sections, heading, LineRole.TOPIC_HEADING);
			}
			else if (heading != null && heading.level() == outline.questionLevel()) {
				if (topic == null) {
					topic = new Sections.TopicSection(null);
					sections.topics.add(topic);
				}
				question = new Sections.QuestionSection(heading);
				topic.questions.add(question);
				mark(sections, heading, LineRole.QUESTION_HEADING);
			}
			else if (question != null) {
				question.answerLines.add(line);
				sections.roles[line] = LineRole.ANSWER;
			}
			else if (topic != null) {
				topic.introLines.add(line);
				sections.roles[line] = LineRole.TOPIC_INTRO;
			}
			else {
				preamble.add(line);
				sections.roles[line] = LineRole.TOPIC_INTRO;
			}
		}
		if (sections.topics.isEmpty()) {
			sections.topics.add(new Sections.TopicSection(null));
		}
		sections.topics.get(0).introLines.addAll(0, preamble);
		return sections;
	}

	/**
	 * A heading at the topic level; where headings only group questions written in the text, every
	 * heading from the topic level down.
	 */
	private static boolean startsTopic(SourceHeading heading, Outline outline) {
		return heading.level() == outline.topicLevel()
				|| outline.headingsGroup() && outline.topicLevel() > 0 && heading.level() > outline.topicLevel();
	}

	private static void mark(Sections sections, SourceHeading heading, LineRole role) {
		for (int line = heading.firstLine(); line <= heading.lastLine(); line++) {
			sections.roles[line] = role;
		}
	}

}
