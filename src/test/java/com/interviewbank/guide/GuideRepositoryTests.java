package com.interviewbank.guide;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

import com.interviewbank.markdown.QuestionKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank's queries against the Flyway schema.
 */
@DataJpaTest
@ActiveProfiles("test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GuideRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	private GuideRepository guides;

	@Autowired
	private GuideVersionRepository versions;

	@Autowired
	private TopicRepository topics;

	@Autowired
	private QuestionRepository questions;

	@Test
	void shouldPublishOnlyGuidesWithAnActiveVersion() {
		Guide draft = this.guides.save(new Guide("draft", "Draft", "en", NOW));
		Guide live = this.guides.save(new Guide("live", "Live", "en", NOW));
		GuideVersion version = this.versions.save(version(live, 1));
		live.activate(version, "Live", "en", NOW);
		assertThat(this.guides.findAllPublished()).extracting(Guide::getSlug).containsExactly("live");
		assertThat(this.guides.findPublished("draft")).isEmpty();
		assertThat(this.guides.findBySlug("draft")).contains(draft);
		assertThat(this.versions.lastNumber(live)).isEqualTo(1);
	}

	@Test
	void shouldFindTheQuestionAndTopicHoldingAnAnchor() {
		Guide guide = this.guides.save(new Guide("g", "G", "en", NOW));
		GuideVersion version = this.versions.save(version(guide, 1));
		Topic topic = this.topics.save(new Topic(version, "t-key", "basics", "Basics", 1, 1, "", "", List.of("intro-note")));
		this.questions.save(new Question(version, topic, "q-key", "what-is-x", "What is X?", "What is X?",
				QuestionKind.QUESTION, 1, 1, "", "", "hash",
				List.of(new AnswerAnchor("example", "Example", 3, true), new AnswerAnchor("answer-d", "answer-d", 0, false))));
		assertThat(this.questions.findByVersionAndAnchor(version, "answer-d")).extracting(Question::getSlug)
			.containsExactly("what-is-x");
		assertThat(this.questions.findByVersionAndAnchor(version, "nope")).isEmpty();
		assertThat(this.topics.findByVersionAndAnchorsContaining(version, "intro-note")).map(Topic::getSlug)
			.contains("basics");
		assertThat(this.questions.findByVersionAndKindAndOrdinal(version, QuestionKind.QUESTION, 1).orElseThrow().getSubsections())
			.containsExactly(new AnswerAnchor("example", "Example", 3, true));
	}

	private static GuideVersion version(Guide guide, int number) {
		return new GuideVersion(guide, number, "sum", 1, 2, 1, 1, NOW, "test");
	}

}
