package com.interviewbank.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a file that is one question (docs/ARCHITECTURE.md, "Outline rules"): one heading at its
 * shallowest level, the question, and below it only the parts of its answer ({@code #### Answer},
 * {@code #### Good to hear}, {@code ##### Additional links}), as in 30-seconds-of-interviews.
 */
final class SingleQuestionFile {

	private static final Pattern ANSWER_PART = Pattern.compile(
			"(?iu)(short |long |the )?(answer|answers|good to hear|additional links|links|solution|explanation|examples?|notes?|"
					+ "hints?|resources|references|see also|follow[- ]up( questions)?|further reading|read more|code|output|"
					+ "ответ|пример|решение|答案|解答|示例)\\s*:?");

	private SingleQuestionFile() {
	}

	/**
	 * The level of the question heading, or 0 when the file is not one question.
	 * @param headings the structural headings, the only H1 included
	 */
	static int questionLevel(List<SourceHeading> headings) {
		if (headings.size() < 2) {
			return 0;
		}
		SourceHeading question = headings.get(0);
		List<SourceHeading> parts = headings.subList(1, headings.size());
		boolean below = parts.stream().allMatch(part -> part.level() > question.level());
		int partLevel = parts.stream().mapToInt(SourceHeading::level).min().orElse(0);
		// Deeper headings are sections of a part ("##### O(1)" under "#### Answer").
		boolean answerParts = parts.stream()
			.filter(part -> part.level() == partLevel)
			.allMatch(part -> ANSWER_PART.matcher(part.text()).matches());
		return below && answerParts ? question.level() : 0;
	}

}
