package com.interviewbank.search;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;

/**
 * The question whose answer lists a prompt: the last question before it in its topic. A question
 * row never changes once written, so each prompt's answer is read from the database once and kept
 * (a bounded number of them), not once per search that finds the prompt.
 */
@Component
class PromptParents {

	private static final int KEPT = 20_000;

	private final QuestionRepository questions;

	private final Cache<Long, Optional<Long>> parents = Caffeine.newBuilder().maximumSize(KEPT).build();

	PromptParents(QuestionRepository questions) {
		this.questions = questions;
	}

	Optional<Long> of(Long promptId) {
		return this.parents.get(promptId, this::read);
	}

	private Optional<Long> read(Long promptId) {
		return this.questions.findById(promptId).map(prompt -> {
			Long parent = null;
			for (Question item : this.questions.findByTopicOrderByPosition(prompt.getTopic())) {
				if (item.getId().equals(promptId)) {
					return parent;
				}
				if (!item.isPrompt()) {
					parent = item.getId();
				}
			}
			return null;
		});
	}

}
