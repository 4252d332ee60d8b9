package com.interviewbank.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The languages the index analyses in their own way, each with its own title, heading and prose
 * fields: English stemming, Chinese word segmentation, Russian stemming. A guide in any other
 * language is searched through the standard fields only (which every guide's text goes to).
 *
 * @param code the ISO 639-1 code of the guides it applies to
 * @param analyzer the analyser of the text indexed
 * @param queryAnalyzer the analyser of a query: the same, with the synonyms of the language
 * @param fieldSuffix what ends its fields' names ({@code titleEn}, {@code proseZh})
 * @param marksAsStandard whether its highlights mark every word the standard fields' would: its
 * analysis is the standard one (same tokenizer, lower case, ASCII folding, every-language synonyms)
 * with stemming added, so a guide in it needs no snippet from the standard fields. Not so for
 * Chinese (the standard fields hold characters one by one, which a segmentation may not meet) or
 * Russian (no ASCII folding).
 */
enum AnalysedLanguage {

	ENGLISH("en", Analysis.ENGLISH, Analysis.ENGLISH_QUERY, "En", true),

	CHINESE("zh", Analysis.CHINESE, Analysis.CHINESE_QUERY, "Zh", false),

	RUSSIAN("ru", Analysis.RUSSIAN, Analysis.RUSSIAN_QUERY, "Ru", false);

	private final String code;

	private final String analyzer;

	private final String queryAnalyzer;

	private final String fieldSuffix;

	private final boolean marksAsStandard;

	AnalysedLanguage(String code, String analyzer, String queryAnalyzer, String fieldSuffix, boolean marksAsStandard) {
		this.code = code;
		this.marksAsStandard = marksAsStandard;
		this.analyzer = analyzer;
		this.queryAnalyzer = queryAnalyzer;
		this.fieldSuffix = fieldSuffix;
	}

	/** The language a guide's code names, if the index has an analysis of its own for it. */
	static Optional<AnalysedLanguage> of(String code) {
		return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
	}

	boolean marksAsStandard() {
		return this.marksAsStandard;
	}

	String code() {
		return this.code;
	}

	String analyzer() {
		return this.analyzer;
	}

	String queryAnalyzer() {
		return this.queryAnalyzer;
	}

	String titleField() {
		return "title" + this.fieldSuffix;
	}

	String headingsField() {
		return "headings" + this.fieldSuffix;
	}

	String proseField() {
		return "prose" + this.fieldSuffix;
	}

}
