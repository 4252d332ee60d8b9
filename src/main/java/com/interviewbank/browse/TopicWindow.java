package com.interviewbank.browse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionHeading;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.markdown.QuestionKind;

/**
 * Reads one window of a topic, never the whole topic: a page's questions with their answers and
 * the prompts they list, or a page's titles for a sidebar. A topic's questions are found by their
 * numbers ({@link GuideOutline}), its prompts by the positions between those questions; a prompt
 * belongs to the question whose answer lists it, the last question before it, or to the topic's
 * intro when it comes before any question.
 */
@Component
class TopicWindow {

	private final QuestionRepository questions;

	TopicWindow(QuestionRepository questions) {
		this.questions = questions;
	}

	/** A topic page: the prompts its intro lists (first page only) and its questions with theirs. */
	record Page(List<QuestionHeading> introPrompts, Map<Question, List<QuestionHeading>> entries) {
	}

	Page page(GuideVersion version, Long topicId, int firstOrdinal, Paging paging) {
		int shown = paging.to() - paging.from();
		// One question past the page: where it starts, the page's last answer and its prompts end.
		List<Question> read = shown == 0 ? List.of()
				: this.questions.findByVersionAndKindAndOrdinalBetweenOrderByOrdinal(version, QuestionKind.QUESTION,
						firstOrdinal + paging.from(), firstOrdinal + paging.to());
		List<Question> asked = read.subList(0, Math.min(shown, read.size()));
		int from = paging.first() || asked.isEmpty() ? 0 : asked.get(0).getPosition();
		int to = read.size() > asked.size() ? read.get(asked.size()).getPosition() - 1 : Integer.MAX_VALUE;
		List<QuestionHeading> prompts = this.questions.findHeadingsBetween(topicId, QuestionKind.PROMPT, from, to);
		List<QuestionHeading> intro = new ArrayList<>();
		Map<Question, List<QuestionHeading>> entries = new LinkedHashMap<>();
		asked.forEach(question -> entries.put(question, new ArrayList<>()));
		int holder = -1;
		for (QuestionHeading prompt : prompts) {
			while (holder + 1 < asked.size() && asked.get(holder + 1).getPosition() < prompt.position()) {
				holder++;
			}
			(holder < 0 ? intro : entries.get(asked.get(holder))).add(prompt);
		}
		return new Page(intro, entries);
	}

	/** The titles of a topic page's questions, for a question page's sidebar. */
	List<QuestionHeading> titles(GuideVersion version, int firstOrdinal, Paging paging) {
		return paging.to() == paging.from() ? List.of()
				: this.questions.findHeadings(version, QuestionKind.QUESTION, firstOrdinal + paging.from(),
						firstOrdinal + paging.to() - 1);
	}

	/**
	 * The prompts a question's answer lists: those of its topic after it and before the next
	 * question ({@code next}, the guide's next question, perhaps in another topic, or null).
	 */
	List<QuestionHeading> promptsOf(Question question, Question next) {
		Long topicId = question.getTopic().getId();
		int to = next != null && next.getTopic().getId().equals(topicId) ? next.getPosition() - 1 : Integer.MAX_VALUE;
		return this.questions.findHeadingsBetween(topicId, QuestionKind.PROMPT, question.getPosition() + 1, to);
	}

}
