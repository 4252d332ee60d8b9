package com.interviewbank.browse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.interviewbank.guide.Question;

/**
 * A topic's questions and prompts in document order, read as sections: each prompt belongs to
 * the question whose answer lists it, or to the topic's intro when it comes before any question.
 */
final class TopicSections {

	private final List<Question> items;

	/** Where each item stands: a topic may hold thousands, and a scan per lookup would cost their square. */
	private final Map<Question, Integer> indexes = new IdentityHashMap<>();

	/** @param items every question and prompt of one topic, ordered by position */
	TopicSections(List<Question> items) {
		this.items = items;
		for (int i = 0; i < items.size(); i++) {
			this.indexes.put(items.get(i), i);
		}
	}

	private int indexOf(Question item) {
		return this.indexes.getOrDefault(item, -1);
	}

	/** The prompts listed in the topic's intro. */
	List<Question> introPrompts() {
		List<Question> prompts = new ArrayList<>();
		for (Question item : this.items) {
			if (!item.isPrompt()) {
				break;
			}
			prompts.add(item);
		}
		return prompts;
	}

	/** The prompts listed in this question's answer. */
	List<Question> promptsOf(Question question) {
		List<Question> prompts = new ArrayList<>();
		for (int i = indexOf(question) + 1; i < this.items.size() && this.items.get(i).isPrompt(); i++) {
			prompts.add(this.items.get(i));
		}
		return prompts;
	}

	/** The question whose answer lists this prompt, or null for a prompt of the topic's intro. */
	Question parentOf(Question prompt) {
		for (int i = indexOf(prompt) - 1; i >= 0; i--) {
			if (!this.items.get(i).isPrompt()) {
				return this.items.get(i);
			}
		}
		return null;
	}

	List<Question> questions() {
		return this.items.stream().filter(item -> !item.isPrompt()).toList();
	}

	List<Question> all() {
		return this.items;
	}

}
