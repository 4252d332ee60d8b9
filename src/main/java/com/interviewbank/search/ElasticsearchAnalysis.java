package com.interviewbank.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of the Elasticsearch/OpenSearch backend, mirroring {@link LuceneAnalysis}; the
 * synonym list is sent inline, one filter per language ({@link SynonymFile}), so the cluster needs
 * no file of ours. Chinese needs the cluster's {@code analysis-smartcn} plugin.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	/** The filter of the synonym groups for every language, as the standard fields' queries use. */
	static final String SYNONYMS = "bank_synonyms";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(SYNONYMS).type("synonym_graph").param("lenient", true).param("synonyms", synonyms());
		for (AnalysedLanguage language : AnalysedLanguage.values()) {
			context.tokenFilter(synonymsOf(language))
				.type("synonym_graph")
				.param("lenient", true)
				.param("synonyms", SynonymFile.groupsFor(language.code()).toArray(String[]::new));
		}
		context.tokenFilter("bank_russian_stemmer").type("stemmer").param("language", "russian");
		context.tokenizer("bank_code_tokenizer").type("pattern").param("pattern", "[^\\p{L}\\p{N}_.@]+");
		context.tokenFilter("bank_code_parts")
			.type("word_delimiter_graph")
			.param("preserve_original", true)
			.param("split_on_case_change", true)
			.param("generate_word_parts", true)
			.param("generate_number_parts", true)
			.param("stem_english_possessive", false);
		context.tokenFilter("bank_trim_dots").type("pattern_replace").param("pattern", "^[.]+|[.]+$").param("replacement", "");
		context.tokenFilter("bank_prefixes").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

		context.analyzer(Analysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "porter_stem");
		context.analyzer(Analysis.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", synonymsOf(AnalysedLanguage.ENGLISH), "porter_stem");
		// smartcn_tokenizer and smartcn_stop come with the cluster's analysis-smartcn plugin.
		context.analyzer(Analysis.CHINESE)
			.custom()
			.tokenizer("smartcn_tokenizer")
			.tokenFilters("smartcn_stop", "lowercase", "porter_stem");
		context.analyzer(Analysis.CHINESE_QUERY)
			.custom()
			.tokenizer("smartcn_tokenizer")
			.tokenFilters("smartcn_stop", "lowercase", synonymsOf(AnalysedLanguage.CHINESE), "porter_stem");
		context.analyzer(Analysis.RUSSIAN).custom().tokenizer("standard").tokenFilters("lowercase", "bank_russian_stemmer");
		context.analyzer(Analysis.RUSSIAN_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", synonymsOf(AnalysedLanguage.RUSSIAN), "bank_russian_stemmer");
		context.analyzer(Analysis.STANDARD).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.analyzer(Analysis.STANDARD_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", SYNONYMS);
		context.analyzer(Analysis.CODE)
			.custom()
			.tokenizer("bank_code_tokenizer")
			.tokenFilters("bank_code_parts", "flatten_graph", "lowercase", "bank_trim_dots");
		context.analyzer(Analysis.PREFIX)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "bank_prefixes");
		context.analyzer(Analysis.PREFIX_QUERY).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer(Analysis.LOWERCASE).custom().tokenFilters("lowercase", "asciifolding");
	}

	/** The synonym groups for every language: those before the list's first section. */
	static String[] synonyms() {
		return SynonymFile.groupsFor(SynonymFile.EVERY_LANGUAGE).toArray(String[]::new);
	}

	/** The filter of the synonym groups for one language's queries: every language's and its own. */
	static String synonymsOf(AnalysedLanguage language) {
		return SYNONYMS + "_" + language.code();
	}

}
