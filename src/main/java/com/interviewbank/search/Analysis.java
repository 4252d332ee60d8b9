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

	/** The acronym and synonym list on the classpath. */
	public static final String SYNONYMS = "search/synonyms.txt";

	private Analysis() {
	}

}
