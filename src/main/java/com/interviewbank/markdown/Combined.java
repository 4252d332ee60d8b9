package com.interviewbank.markdown;

import java.util.List;

/** A parsed guide with other topics, everything else kept. */
final class Combined {

	private Combined() {
	}

	static ParsedGuide withTopics(ParsedGuide guide, List<ParsedTopic> topics) {
		return new ParsedGuide(guide.slug(), guide.title(), guide.language(), guide.sourceMarkdown(),
				guide.repairedMarkdown(), guide.outline(), topics, guide.tableOfContentsAnchors(), guide.lineRoles(),
				guide.repairs(), guide.warnings(), guide.repairChoices());
	}

}
