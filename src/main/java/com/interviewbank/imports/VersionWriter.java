package com.interviewbank.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.AnswerAnchor;
import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.GuideVersionSource;
import com.interviewbank.guide.GuideVersionSourceRepository;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.Topic;
import com.interviewbank.guide.TopicRepository;
import com.interviewbank.markdown.ParsedGuide;
import com.interviewbank.markdown.ParsedQuestion;
import com.interviewbank.markdown.ParsedTopic;
import com.interviewbank.markdown.QuestionKind;
import com.interviewbank.markdown.Subsection;

/**
 * Writes a parsed guide as a new, not yet active version, beside the active one. Topics and
 * questions whose slug the active version has keep their stable key.
 */
@Component
class VersionWriter {

	private final GuideVersionRepository versions;

	private final GuideVersionSourceRepository sources;

	private final TopicRepository topics;

	private final QuestionRepository questions;

	VersionWriter(GuideVersionRepository versions, GuideVersionSourceRepository sources, TopicRepository topics,
			QuestionRepository questions) {
		this.sources = sources;
		this.versions = versions;
		this.topics = topics;
		this.questions = questions;
	}

	/**
	 * @param renames new slug → old slug of questions that moved with their answer unchanged: they
	 * keep their stable key
	 */
	/** @param questionFiles the file of a guide of several files each question came from, by slug */
	GuideVersion write(Guide guide, ParsedGuide parsed, String checksum, String actor, Instant now,
			Map<String, String> renames, Map<String, String> questionFiles) {
		GuideVersion previous = guide.getActiveVersion();
		Map<String, String> topicKeys = new HashMap<>();
		Map<String, String> questionKeys = new HashMap<>();
		if (previous != null) {
			this.topics.findByVersionOrderByPosition(previous).forEach(t -> topicKeys.put(t.getSlug(), t.getStableKey()));
			this.questions.findByVersionOrderByPosition(previous)
				.forEach(q -> questionKeys.put(q.getSlug(), q.getStableKey()));
			renames.forEach((newSlug, oldSlug) -> {
				String key = questionKeys.get(oldSlug);
				if (key != null) {
					questionKeys.put(newSlug, key);
				}
			});
		}
		GuideVersion fresh = new GuideVersion(guide, this.versions.lastNumber(guide) + 1, checksum,
				parsed.outline().topicLevel(), parsed.outline().questionLevel(),
				parsed.topics().size(), parsed.questionCount(), now, actor).readAs(parsed.outline().form());
		fresh.renderedWith(guide.getSourceWebUrl());
		GuideVersion version = this.versions.save(fresh);
		this.sources.save(new GuideVersionSource(version.getId(), parsed.sourceMarkdown()));
		UnaryOperator<String> links = AnchorLinks.pointingInto(guide.getSlug());
		int position = 0;
		Map<QuestionKind, Integer> ordinals = new EnumMap<>(QuestionKind.class);
		int topicPosition = 0;
		for (ParsedTopic parsedTopic : parsed.topics()) {
			Topic topic = this.topics.save(new Topic(version, keyFor(topicKeys, parsedTopic.slug()), parsedTopic.slug(),
					parsedTopic.title(), ++topicPosition, parsedTopic.questions().size(), parsedTopic.introMarkdown(),
					links.apply(parsedTopic.introHtml()), parsedTopic.anchors()));
			List<Question> batch = new ArrayList<>();
			for (ParsedQuestion q : parsedTopic.items()) {
				batch.add(new Question(version, topic, keyFor(questionKeys, q.slug()), q.slug(), q.title(), q.titleHtml(),
						q.kind(), ++position, ordinals.merge(q.kind(), 1, Integer::sum), q.answerMarkdown(), links.apply(q.answerHtml()), q.answerHash(),
						anchorsOf(q)).describedBy(q.metadata()).fromFile(questionFiles.get(q.slug())));
			}
			this.questions.saveAll(batch);
		}
		return version;
	}

	private static String keyFor(Map<String, String> keys, String slug) {
		String key = keys.get(slug);
		return key != null ? key : UUID.randomUUID().toString();
	}

	private static List<AnswerAnchor> anchorsOf(ParsedQuestion question) {
		Map<String, Subsection> subsections = new HashMap<>();
		question.subsections().forEach(s -> subsections.put(s.anchor(), s));
		return question.anchors().stream().map(anchor -> {
			Subsection subsection = subsections.get(anchor);
			return subsection != null ? new AnswerAnchor(anchor, subsection.title(), subsection.level(), true)
					: new AnswerAnchor(anchor, anchor, 0, false);
		}).toList();
	}

}
