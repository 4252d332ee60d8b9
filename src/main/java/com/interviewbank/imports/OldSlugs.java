package com.interviewbank.imports;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.SlugAlias;
import com.interviewbank.guide.SlugAliasRepository;
import com.interviewbank.guide.Topic;
import com.interviewbank.guide.TopicRepository;

/**
 * Keeps every old link working when a version goes live: a renamed question's old slug points
 * at its stable key (a 301), a removed question's or topic's slug becomes a tombstone (a 410 that
 * offers a search), and a slug that is live again loses its alias.
 */
@Component
class OldSlugs {

	private final SlugAliasRepository aliases;

	private final QuestionRepository questions;

	private final TopicRepository topics;

	OldSlugs(SlugAliasRepository aliases, QuestionRepository questions, TopicRepository topics) {
		this.aliases = aliases;
		this.questions = questions;
		this.topics = topics;
	}

	/** Called in the transaction that switches {@code guide} from {@code before} to {@code after}. */
	void record(Guide guide, GuideVersion before, GuideVersion after, VersionDiff diff, Instant now) {
		Set<String> liveQuestions = this.questions.findByVersionOrderByPosition(after)
			.stream()
			.map(Question::getSlug)
			.collect(Collectors.toSet());
		Set<String> liveTopics = this.topics.findByVersionOrderByPosition(after)
			.stream()
			.map(Topic::getSlug)
			.collect(Collectors.toSet());
		this.aliases.deleteLive(guide, SlugAlias.Kind.QUESTION, liveQuestions.isEmpty() ? Set.of("") : liveQuestions);
		this.aliases.deleteLive(guide, SlugAlias.Kind.TOPIC, liveTopics.isEmpty() ? Set.of("") : liveTopics);
		if (before == null) {
			return;
		}
		Map<String, Question> old = this.questions.findByVersionOrderByPosition(before)
			.stream()
			.collect(Collectors.toMap(Question::getSlug, Function.identity()));
		for (VersionDiff.Renamed rename : diff.renamed()) {
			Question question = old.get(rename.from());
			replace(guide, SlugAlias.Kind.QUESTION, rename.from(), question.getStableKey(), question.getTitle(), now);
		}
		for (String removed : diff.removed()) {
			replace(guide, SlugAlias.Kind.QUESTION, removed, null, old.get(removed).getTitle(), now);
		}
		Set<String> seenTopics = new HashSet<>();
		List<Topic> oldTopics = this.topics.findByVersionOrderByPosition(before);
		for (Topic topic : oldTopics) {
			if (!liveTopics.contains(topic.getSlug()) && seenTopics.add(topic.getSlug())) {
				replace(guide, SlugAlias.Kind.TOPIC, topic.getSlug(), null, topic.getTitle(), now);
			}
		}
	}

	private void replace(Guide guide, SlugAlias.Kind kind, String slug, String stableKey, String title, Instant now) {
		this.aliases.findByGuideAndKindAndOldSlug(guide, kind, slug).ifPresent(this.aliases::delete);
		this.aliases.flush();
		this.aliases.save(new SlugAlias(guide, kind, slug, stableKey, title, now));
	}

}
