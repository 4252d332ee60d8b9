package com.interviewbank.browse;

import java.time.Instant;
import java.util.List;

/**
 * The read API's JSON, field for field as docs/ARCHITECTURE.md ("JSON API") gives it.
 */
final class ApiShapes {

	private ApiShapes() {
	}

	record GuideSummary(String slug, String title, String language, int topics, int questions, int version,
			Instant updatedAt) {

		static GuideSummary of(PageModels.GuideView guide) {
			return new GuideSummary(guide.slug(), guide.title(), guide.language(), guide.topics().size(),
					guide.questionCount(), guide.version(), guide.updatedAt());
		}

	}

	record GuideDetail(String slug, String title, String language, int version, Instant updatedAt, String attribution,
			List<PageModels.TopicLink> topics) {

		static GuideDetail of(PageModels.GuideView guide) {
			return new GuideDetail(guide.slug(), guide.title(), guide.language(), guide.version(), guide.updatedAt(),
					guide.attribution(), guide.topics());
		}

	}

	record QuestionSummary(String id, String slug, String title, String kind, List<String> tags, Integer difficulty) {
	}

	record TopicDetail(String guide, String slug, String title, String introHtml, List<QuestionSummary> questions) {

		static TopicDetail of(PageModels.TopicPage page) {
			return new TopicDetail(page.guide().slug(), page.slug(), page.title(), page.introHtml(),
					page.items().stream().map(q -> new QuestionSummary(q.stableKey(), q.slug(), q.title(), q.kind().name(), q.tags(),
							q.difficulty())).toList());
		}

	}

	record Section(String anchor, String title, int level) {
	}

	record QuestionDetail(String id, String guide, String topic, String slug, String title, String titleHtml, String kind,
			String answerMarkdown, String answerHtml, List<Section> sections, String previous, String next, int position,
			int of, List<String> tags, Integer difficulty) {

		static QuestionDetail of(PageModels.QuestionPage page) {
			PageModels.QuestionView q = page.question();
			return new QuestionDetail(q.id(), page.guide().slug(), page.topic().slug(), q.slug(), q.title(), q.titleHtml(),
					q.kind(), q.answerMarkdown(), q.answerHtml(),
					q.subsections().stream().map(s -> new Section(s.anchor(), s.title(), s.level())).toList(),
					page.previous() != null ? page.previous().slug() : null,
					page.next() != null ? page.next().slug() : null, q.position(), page.of(), q.tags(), q.difficulty());
		}

	}

}
