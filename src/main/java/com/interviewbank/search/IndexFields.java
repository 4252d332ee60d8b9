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

	/**
	 * What a result shows, kept in the index (stored, never searched) so a page of results is read
	 * from the index alone: the stable key, the slug, the title as written, the topic's title, the
	 * subsections ({@code anchor}, a tab, the heading's text) and the opening lines of the answer's
	 * first code block.
	 */
	static final String SHOWN_KEY = "shownKey";

	static final String SHOWN_SLUG = "shownSlug";

	static final String SHOWN_TITLE = "shownTitle";

	static final String SHOWN_TOPIC_TITLE = "shownTopicTitle";

	static final String SHOWN_SUBSECTION = "shownSubsection";

	static final String SHOWN_CODE = "shownCode";

	/**
	 * Which layout of the document wrote it: an index whose documents are of another layout is
	 * rebuilt at start-up ({@link SearchIndex#verify()}). One more with every change of the fields
	 * on that backend ({@link #layout}).
	 */
	static final String LAYOUT = "layout";

	/**
	 * Layout 4: the languages' fields neither stored nor with term vectors, since snippets are
	 * marked in the application ({@link LocalSnippets}).
	 */
	static final String LUCENE_LAYOUT = "4";

	/** Layout 3: term vectors on prose and headings only, for the cluster's highlighter. */
	static final String ELASTICSEARCH_LAYOUT = "3";

	/** The index on the local Lucene backend, rebuilt in place when the layout changes. */
	static final String LUCENE_INDEX = "question";

	/**
	 * The index on an Elasticsearch/OpenSearch cluster, named by layout: a cluster cannot change a
	 * field's mapping in place (its term vectors, its analyser), so a new layout is written to an
	 * index of its own, which the first upgraded node fills at start-up, while nodes not yet
	 * upgraded keep reading the old one.
	 */
	static final String ELASTICSEARCH_INDEX = "question-layout-" + ELASTICSEARCH_LAYOUT;

	/** The layout documents are written in on this backend. */
	static String layout(SearchProperties.Backend backend) {
		return backend == SearchProperties.Backend.ELASTICSEARCH ? ELASTICSEARCH_LAYOUT : LUCENE_LAYOUT;
	}

	private IndexFields() {
	}

	static String topicKey(String guideSlug, String topicSlug) {
		return guideSlug + "/" + topicSlug;
	}

}
