package com.interviewbank.search;

/**
 * The names of the analysers and normalizers, shared by the index mapping and the analysis
 * configurers of both backends.
 */
public final class Analysis {

	/** English prose: lower case, folded, stemmed. */
	public static final String ENGLISH = "english";

	/** English prose at query time: also expands acronyms and synonyms. */
	public static final String ENGLISH_QUERY = "english_query";

	/** Chinese prose: words segmented (smartcn), Latin words lower case and stemmed. */
	public static final String CHINESE = "chinese";

	/** Chinese prose at query time: also expands synonyms. */
	public static final String CHINESE_QUERY = "chinese_query";

	/** Russian prose: lower case, Snowball Russian stemming. */
	public static final String RUSSIAN = "russian";

	/** Russian prose at query time: also expands synonyms. */
	public static final String RUSSIAN_QUERY = "russian_query";

	/** Prose in other languages: lower case and folded, no stemming. */
	public static final String STANDARD = "standard_text";

	/** Other languages at query time: also expands acronyms and synonyms. */
	public static final String STANDARD_QUERY = "standard_query";

	/** Code: identifiers kept whole and split ({@code functools.partial}, {@code __slots__}). */
	public static final String CODE = "code";

	/** Prefixes of title words, for as-you-type. */
	public static final String PREFIX = "prefix";

	/** Prefix queries: whole words, lower case. */
	public static final String PREFIX_QUERY = "prefix_query";

	/** Keywords compared case-insensitively (exact titles). */
	public static final String LOWERCASE = "lowercase";

	/** The stop words of Lucene's smartcn (punctuation), on its jar's classpath. */
	static final String SMARTCN_STOP_WORDS = "org/apache/lucene/analysis/cn/smart/stopwords.txt";

	/** The acronym and synonym list on the classpath, with sections per language ({@link SynonymFile}). */
	public static final String SYNONYMS = "search/synonyms.txt";

	private Analysis() {
	}

}
