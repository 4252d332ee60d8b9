package com.interviewbank.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the Lucene backend. {@link ElasticsearchAnalysis} mirrors them.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(Analysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("porterStem");
		context.analyzer(Analysis.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("synonymGraph")
			.param("synonyms", Analysis.SYNONYMS)
			.param("ignoreCase", "true")
			.param("expand", "true")
			.tokenFilter("porterStem");
		context.analyzer(Analysis.STANDARD).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.analyzer(Analysis.STANDARD_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("synonymGraph")
			.param("synonyms", Analysis.SYNONYMS)
			.param("ignoreCase", "true")
			.param("expand", "true");
		// Identifiers: split on anything but letters, digits, _ . @; keep each token whole and its parts.
		context.analyzer(Analysis.CODE)
			.custom()
			.tokenizer("pattern")
			.param("pattern", "[^\\p{L}\\p{N}_.@]+")
			.param("group", "-1")
			.tokenFilter("wordDelimiterGraph")
			.param("preserveOriginal", "1")
			.param("splitOnCaseChange", "1")
			.param("generateWordParts", "1")
			.param("generateNumberParts", "1")
			.param("stemEnglishPossessive", "0")
			.tokenFilter("flattenGraph")
			.tokenFilter("lowercase")
			.tokenFilter("patternReplace")
			.param("pattern", "^[.]+|[.]+$")
			.param("replacement", "")
			.tokenFilter("length")
			.param("min", "1")
			.param("max", "100");
		context.analyzer(Analysis.PREFIX)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(Analysis.PREFIX_QUERY).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer(Analysis.LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
