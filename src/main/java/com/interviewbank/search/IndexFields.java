package com.interviewbank.search;

/**
 * The fields of a question's search document; those of each analysed language are named by
 * {@link AnalysedLanguage}.
 */
final class IndexFields {

	static final String TITLE_STD = "titleStd";

	static final String TITLE_EXACT = "titleExact";

	static final String TITLE_CODE = "titleCode";

	static final String TITLE_PREFIX = "titlePrefix";

	static final String HEADINGS_STD = "headingsStd";

	static final String PROSE_STD = "proseStd";

	static final String CODE = "code";

	static final String TOPIC_TITLE = "topicTitle";

	static final String GUIDE = "guide";

	/** {@code guide/topic}: facets and filters by topic. */
	static final String TOPIC = "topic";

	static final String KIND = "kind";

	/** A question's tags, lower case: filters and facets. */
	static final String TAG = "tag";

	/** A question's difficulty, 1 to 5: filters and facets. */
	static final String DIFFICULTY = "difficulty";

	static final String VERSION = "version";

	private IndexFields() {
	}

	static String topicKey(String guideSlug, String topicSlug) {
		return guideSlug + "/" + topicSlug;
	}

}
