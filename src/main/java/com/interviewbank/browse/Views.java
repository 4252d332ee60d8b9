package com.interviewbank.browse;

import java.time.Instant;
import java.util.List;

import com.interviewbank.bank.AnswerAnchor;
import com.interviewbank.search.SearchService;

/**
 * The small, read-only records the pages and the API are made from.
 */
final class Views {

	private Views() {
	}

	record GuideView(String slug, String title, String language, String attribution, int version, Instant updatedAt,
			int questionCount, List<TopicLink> topics) {
	}

	record TopicLink(String slug, String title, int questionCount) {
	}

	record QuestionLink(String slug, String title, String titleHtml) {
	}

	record QuestionView(String id, String slug, String title, String titleHtml, String kind, int position,
			String answerMarkdown, String answerHtml, List<AnswerAnchor> subsections) {
	}

	record TopicPage(GuideView guide, String slug, String title, String introHtml, List<QuestionView> questions,
			TopicLink previous, TopicLink next) {
	}

	record QuestionPage(GuideView guide, TopicLink topic, QuestionView question, QuestionLink previous,
			QuestionLink next, List<SearchService.Related> related) {
	}

}
