package com.interviewbank.markdown;

import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the topic and question levels of a guide from its headings (docs/ARCHITECTURE.md, "Outline rules").
 *
 * <p>
 * Topics are H1s when there are two or more H1s, else the shallowest level present when most of its
 * headings have child headings (a few H2 questions, one with H3 sub-points, are questions). Questions
 * are the shallowest level below the topics at which most headings have no child heading: a
 * level of groups has children, a level of questions mostly does not. A guide whose headings
 * are all of one level is one topic of questions.
 */
final class OutlineDetector {

	/**
	 * @param headings the headings that may start topics or questions, in document order, the
	 * title H1 excluded when it is the only H1
	 * @param h1Count how many H1s the guide has, title included
	 * @param requested levels an admin chose, or {@link Outline#DETECT}
	 */
	Outline detect(List<SourceHeading> headings, int h1Count, Outline requested) {
		int topicLevel = requested.topicLevelGiven() ? requested.topicLevel() : detectTopicLevel(headings, h1Count);
		int questionLevel = requested.questionLevelGiven() ? requested.questionLevel()
				: detectQuestionLevel(headings, topicLevel);
		if (!requested.topicLevelGiven() && questionLevel == 0 && topicLevel > 0) {
			// Headings of one level only: each is a question of a single topic.
			return new Outline(0, topicLevel);
		}
		return new Outline(topicLevel, questionLevel);
	}

	private static int detectTopicLevel(List<SourceHeading> headings, int h1Count) {
		if (h1Count >= 2) {
			return 1;
		}
		TreeSet<Integer> levels = levels(headings);
		// A level of groups has children; a level of questions, a few with sub-points, does not.
		return levels.size() >= 2 && !mostAreLeaves(headings, levels.first()) ? levels.first() : 0;
	}

	private static int detectQuestionLevel(List<SourceHeading> headings, int topicLevel) {
		for (int level : levels(headings)) {
			if (level > topicLevel && mostAreLeaves(headings, level)) {
				return level;
			}
		}
		return 0;
	}

	private static boolean mostAreLeaves(List<SourceHeading> headings, int level) {
		int total = 0;
		int leaves = 0;
		for (int i = 0; i < headings.size(); i++) {
			if (headings.get(i).level() != level) {
				continue;
			}
			total++;
			boolean hasChild = i + 1 < headings.size() && headings.get(i + 1).level() > level;
			if (!hasChild) {
				leaves++;
			}
		}
		return leaves * 2 > total;
	}

	private static TreeSet<Integer> levels(List<SourceHeading> headings) {
		TreeSet<Integer> levels = new TreeSet<>();
		headings.forEach(heading -> levels.add(heading.level()));
		return levels;
	}

}
