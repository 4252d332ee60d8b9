package com.interviewbank.practice;

import java.util.List;

import com.interviewbank.guide.Question;

/**
 * One question or prompt to practise, or one item of an interviewer's set.
 *
 * @param id the question's stable key: progress and sets survive re-imports
 * @param url its page
 */
record Card(String id, String guide, String guideTitle, String topic, String topicTitle, String slug, String title,
		String titleHtml, boolean prompt, String answerHtml, String url, List<String> tags, Integer difficulty) {

	static Card of(Question question) {
		String guide = question.getVersion().getGuide().getSlug();
		return new Card(question.getStableKey(), guide, question.getVersion().getGuide().getTitle(),
				question.getTopic().getSlug(), question.getTopic().getTitle(), question.getSlug(), question.getTitle(),
				question.getTitleHtml(), question.isPrompt(), question.getAnswerHtml(), question.pagePath(),
				question.getTags(), question.getDifficulty());
	}

}
