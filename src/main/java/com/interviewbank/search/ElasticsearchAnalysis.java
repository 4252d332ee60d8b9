package com.interviewbank.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of the Elasticsearch/OpenSearch backend, mirroring {@link LuceneAnalysis}; the
 * synonym list is sent inline, so the cluster needs no file of ours.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("bank_synonyms")
			.type("synonym_graph")
			.param("lenient", true)
			.param("synonyms", synonyms());
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
			.tokenFilters("lowercase", "asciifolding", "bank_synonyms", "porter_stem");
		context.analyzer(Analysis.STANDARD).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.analyzer(Analysis.STANDARD_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "bank_synonyms");
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

	/** The synonym groups of the shared list, comments and blank lines left out. */
	static String[] synonyms() {
		try (InputStream in = ElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(Analysis.SYNONYMS)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + Analysis.SYNONYMS);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
