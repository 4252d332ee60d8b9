package com.interviewbank.browse;

import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.TopicRepository;
import com.interviewbank.markdown.QuestionKind;

/**
 * The outline of each version served, read once: every page of a guide needs its topics (the
 * sidebar, the neighbours, where a topic's questions start), and a version's topics never change
 * once written, so a guide of 1,500 topics is not read again on every page not yet kept (its
 * first page after an import spent most of its time reading them twice). Bounded by topics held,
 * about 150 bytes each.
 */
@Component
class GuideOutlines {

	private static final int KEPT_TOPICS = 100_000;

	private final Cache<Long, GuideOutline> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_TOPICS)
		.<Long, GuideOutline>weigher((version, outline) -> Math.max(1, outline.topics().size()))
		.build();

	private final TopicRepository topics;

	private final QuestionRepository questions;

	GuideOutlines(TopicRepository topics, QuestionRepository questions) {
		this.topics = topics;
		this.questions = questions;
	}

	/** Called within a transaction, which reads the outline the first time. */
	GuideOutline of(GuideVersion version) {
		return this.kept.get(version.getId(), id -> new GuideOutline(this.topics.findHeadings(version), promptsByTopic(version)));
	}

	private Map<Long, Integer> promptsByTopic(GuideVersion version) {
		return this.questions.topicIdsOfKind(version, QuestionKind.PROMPT)
			.stream()
			.collect(Collectors.toUnmodifiableMap(id -> id, id -> 1, Integer::sum));
	}

}
