package com.interviewbank.browse;

import java.util.List;
import java.util.Map;

import com.interviewbank.guide.TopicHeading;

/**
 * A guide's topics in order, read without their intros, and where each topic's questions start
 * among the guide's. {@code VersionWriter} numbers a guide's questions with answers ({@code ordinal})
 * in document order, topic after topic, so a topic's questions are numbered from one past the
 * questions of the topics before it: the k-th question of a topic is found by its number, through
 * an index, without reading the topic (docs/ARCHITECTURE.md, "Big guides").
 */
final class GuideOutline {

	private final List<TopicHeading> topics;

	private final int[] firstOrdinals;

	private final Map<Long, Integer> promptsByTopic;

	/**
	 * @param promptsByTopic how many prompts each topic lists, by the topic's id (none: absent)
	 */
	GuideOutline(List<TopicHeading> topics, Map<Long, Integer> promptsByTopic) {
		this.topics = List.copyOf(topics);
		this.promptsByTopic = Map.copyOf(promptsByTopic);
		this.firstOrdinals = new int[topics.size()];
		int next = 1;
		for (int i = 0; i < topics.size(); i++) {
			this.firstOrdinals[i] = next;
			next += topics.get(i).questionCount();
		}
	}

	List<TopicHeading> topics() {
		return this.topics;
	}

	/** The index of the topic with this slug, or -1. */
	int indexOf(String slug) {
		for (int i = 0; i < this.topics.size(); i++) {
			if (this.topics.get(i).slug().equals(slug)) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the topic with this id, or -1. */
	int indexOf(Long id) {
		for (int i = 0; i < this.topics.size(); i++) {
			if (this.topics.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	TopicHeading get(int index) {
		return this.topics.get(index);
	}

	/** The topic before this one, or null. */
	TopicHeading previous(int index) {
		return index > 0 ? this.topics.get(index - 1) : null;
	}

	/** The topic after this one, or null. */
	TopicHeading next(int index) {
		return index + 1 < this.topics.size() ? this.topics.get(index + 1) : null;
	}

	/** How many prompts the topic at this index lists. */
	int prompts(int index) {
		return this.promptsByTopic.getOrDefault(this.topics.get(index).id(), 0);
	}

	/** The number ({@code ordinal}) of the topic's first question with an answer. */
	int firstOrdinal(int index) {
		return this.firstOrdinals[index];
	}

}
