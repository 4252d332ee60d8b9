package com.interviewbank.search;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analysers of the Lucene backend. {@link ElasticsearchAnalysis} mirrors them. Each query
 * analyser reads the synonym list's groups for its language ({@link SynonymSections}).
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
		synonyms(context.analyzer(Analysis.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding"), SynonymSections.English.class)
			.tokenFilter("porterStem");
		context.analyzer(Analysis.CHINESE)
			.custom()
			.tokenizer("hmmChinese")
			.tokenFilter("stop")
			.param("words", Analysis.SMARTCN_STOP_WORDS)
			.tokenFilter("lowercase")
			.tokenFilter("porterStem");
		synonyms(context.analyzer(Analysis.CHINESE_QUERY)
			.custom()
			.tokenizer("hmmChinese")
			.tokenFilter("stop")
			.param("words", Analysis.SMARTCN_STOP_WORDS)
			.tokenFilter("lowercase"), SynonymSections.Chinese.class)
			// Chinese synonyms are segmented as the query is, so a group's words meet the query's.
			.param("tokenizerFactory", HMMChineseTokenizerFactory.class.getName())
			.tokenFilter("porterStem");
		context.analyzer(Analysis.RUSSIAN)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("snowballPorter")
			.param("language", "Russian");
		synonyms(context.analyzer(Analysis.RUSSIAN_QUERY).custom().tokenizer("standard").tokenFilter("lowercase"),
				SynonymSections.Russian.class)
			.tokenFilter("snowballPorter")
			.param("language", "Russian");
		context.analyzer(Analysis.STANDARD).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		synonyms(context.analyzer(Analysis.STANDARD_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding"), SynonymSections.EveryLanguage.class);
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

	/** The synonym list's groups for one language ({@link SynonymFile}), after these filters. */
	private static LuceneAnalysisComponentParametersStep synonyms(LuceneAnalysisOptionalComponentsStep analyzer,
			Class<? extends SynonymSections> section) {
		return analyzer.tokenFilter("synonymGraph")
			.param("synonyms", Analysis.SYNONYMS)
			.param("format", section.getName())
			.param("ignoreCase", "true")
			.param("expand", "true");
	}

}
