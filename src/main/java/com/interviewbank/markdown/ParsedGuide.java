package com.interviewbank.markdown;

import java.util.List;
import java.util.Map;

/**
 * A guide as the importer read it.
 *
 * @param slug a slug of its file name
 * @param title from its only H1, its front matter, an HTML {@code <h1>} or its file name
 * @param language an ISO 639-1 code from its front matter, or guessed from its letters
 * @param sourceMarkdown the text as uploaded
 * @param repairedMarkdown the text after repair, which everything else is made from
 * @param outline the levels used
 * @param topics in document order
 * @param tableOfContentsAnchors the anchors the guide's own table of contents links to
 * @param lineRoles what each source line became
 * @param repairs what the text repair restored, by kind
 * @param warnings undecided repairs, missing images and the like, by line
 * @param repairChoices each repair chosen from context (a dash, a quotation mark, a Cyrillic word) and
 * a few examples of each kind decided exactly
 */
public record ParsedGuide(String slug, String title, String language, String sourceMarkdown, String repairedMarkdown,
		Outline outline, List<ParsedTopic> topics, List<String> tableOfContentsAnchors, List<LineRole> lineRoles,
		Map<RepairKind, Integer> repairs, List<ParseWarning> warnings, List<RepairChoice> repairChoices) {

	public ParsedGuide {
		topics = List.copyOf(topics);
		tableOfContentsAnchors = List.copyOf(tableOfContentsAnchors);
		lineRoles = List.copyOf(lineRoles);
		repairs = Map.copyOf(repairs);
		warnings = List.copyOf(warnings);
		repairChoices = List.copyOf(repairChoices);
	}

	public int questionCount() {
		return this.topics.stream().mapToInt(topic -> topic.questions().size()).sum();
	}

}
