package com.interviewbank.browse;

import java.time.Instant;
import java.util.List;

import com.interviewbank.guide.AnswerAnchor;
import com.interviewbank.guide.QuestionHeading;
import com.interviewbank.search.SearchService;

/**
 * The small, read-only records the pages and the API are made from.
 */
final class PageModels {

	private PageModels() {
	}

	record GuideView(String slug, String title, String language, String attribution, int version, Instant updatedAt,
			int questionCount, List<TopicLink> topics) {
	}

	record TopicLink(String slug, String title, int questionCount) {
	}

	record QuestionLink(String slug, String title, String titleHtml) {
	}

	/**
	 * @param position "N" of "question N of M", counted among the items of its kind
	 * @param tags lower case, possibly none
	 * @param difficulty 1 to 5, or null
	 */
	record QuestionView(String id, String slug, String title, String titleHtml, String kind, int position,
			String answerMarkdown, String answerHtml, List<AnswerAnchor> subsections, List<String> tags,
			Integer difficulty) {

		public boolean prompt() {
			return "PROMPT".equals(this.kind);
		}

	}

	/** A question of a topic page, with the prompts its answer lists. */
	record TopicEntry(QuestionView question, List<QuestionLink> prompts) {
	}

	/**
	 * @param introPrompts the prompts the intro lists
	 * @param entries the questions of this page
	 * @param items every question and prompt, in document order, without answers (for the API; none for a page)
	 */
	record TopicPage(GuideView guide, String slug, String title, String introHtml, List<QuestionLink> introPrompts,
			List<TopicEntry> entries, List<QuestionHeading> items, TopicLink previous, TopicLink next, Paging paging) {
	}

	/**
	 * @param of how many items of its kind the guide has
	 * @param prompts the prompts this question's answer lists
	 * @param listedIn for a prompt, the question whose answer lists it (null: the topic's intro)
	 */
	record QuestionPage(GuideView guide, TopicLink topic, QuestionView question, int of, List<QuestionLink> prompts,
			QuestionLink listedIn, QuestionLink previous, QuestionLink next, List<SearchService.Related> related,
			TopicPlace place) {
	}

	/**
	 * Where a question stands in its topic, for the sidebar and the pager.
	 * @param questions the questions with answers of the topic's page that holds this one, for the sidebar
	 * @param position "N" of "N of M in this topic", among the topic's items of its kind
	 * @param of how many items of its kind the topic has
	 * @param previousTopic the topic the previous question opens, when it is another one
	 * @param nextTopic the topic the next question opens, when it is another one
	 * @param topicPage the topic's page that holds this question
	 */
	record TopicPlace(List<QuestionLink> questions, int position, int of, TopicLink previousTopic, TopicLink nextTopic,
			Paging topicPage) {
	}

	/** One page of a guide's topics, for the guide's page ({@link Paging}). */
	record GuideContents(List<TopicContents> topics, Paging paging) {
	}

	/** The guide's topics a sidebar lists: all, or one page of them ({@link Paging}). */
	record TopicList(List<TopicLink> topics, Paging paging) {
	}

	/**
	 * A topic of the guide page, with its questions (those of its first page, none in a guide too big
	 * to list them all) and how many prompts it lists.
	 * @param asked how many questions with answers the topic has, listed or not
	 */
	record TopicContents(TopicLink topic, List<QuestionLink> questions, int prompts, int asked) {

		public boolean more() {
			return !this.questions.isEmpty() && this.asked > this.questions.size();
		}
	}

}
