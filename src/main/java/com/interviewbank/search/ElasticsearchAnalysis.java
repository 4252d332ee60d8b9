package com.interviewbank.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
				.param("synonyms", synonymsFor(language));
		}
		context.tokenFilter("bank_english_possessive").type("stemmer").param("language", "possessive_english");
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
		context.tokenFilter("bank_code_length").type("length").param("min", 1).param("max", 100);
		context.tokenFilter("bank_prefixes").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

		context.analyzer(Analysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("bank_english_possessive", "lowercase", "asciifolding", "porter_stem");
		context.analyzer(Analysis.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("bank_english_possessive", "lowercase", "asciifolding", synonymsOf(AnalysedLanguage.ENGLISH),
					"porter_stem");
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
			.tokenFilters("bank_code_parts", "flatten_graph", "lowercase", "bank_trim_dots", "bank_code_length");
		context.analyzer(Analysis.PREFIX)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "bank_prefixes");
		context.analyzer(Analysis.PREFIX_QUERY).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer(Analysis.LOWERCASE).custom().tokenFilters("lowercase", "asciifolding");
	}

	/** The synonym groups for every language: those before the list's first section. */
	static String[] synonyms() {
		return asLuceneMatchesThem(SynonymFile.groupsFor(SynonymFile.EVERY_LANGUAGE));
	}

	/**
	 * One language's groups. Chinese ones are segmented as the query is, on both backends; the
	 * others are read as Lucene reads them.
	 */
	private static String[] synonymsFor(AnalysedLanguage language) {
		List<String> groups = SynonymFile.groupsFor(language.code());
		return language == AnalysedLanguage.CHINESE ? groups.toArray(String[]::new) : asLuceneMatchesThem(groups);
	}

	/**
	 * The groups without the terms that the Lucene backend can never match, so that a query finds the
	 * same on both. Lucene reads a group's terms split on spaces only, so a word that the standard
	 * tokenizer cuts ({@code ci/cd}) is a token no query holds; a cluster reads them with the
	 * analyser's own tokenizer, and its {@code ci cd} would then take the query {@code CI/CD} whole,
	 * where Lucene expands {@code ci} and {@code cd} each by its own group.
	 */
	static String[] asLuceneMatchesThem(List<String> groups) {
		List<String> kept = new ArrayList<>();
		for (String group : groups) {
			List<String> terms = Arrays.stream(group.split(","))
				.map(String::strip)
				.filter(term -> !term.isEmpty() && Arrays.stream(term.split("\\s+")).allMatch(ElasticsearchAnalysis::isOneToken))
				.toList();
			if (terms.size() > 1) {
				kept.add(String.join(", ", terms));
			}
		}
		return kept.toArray(String[]::new);
	}

	/** Whether the standard tokenizer keeps the word whole. */
	private static boolean isOneToken(String word) {
		try (StandardTokenizer tokenizer = new StandardTokenizer()) {
			tokenizer.setReader(new StringReader(word));
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			tokenizer.reset();
			boolean whole = tokenizer.incrementToken() && term.toString().equals(word) && !tokenizer.incrementToken();
			tokenizer.end();
			return whole;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The filter of the synonym groups for one language's queries: every language's and its own. */
	static String synonymsOf(AnalysedLanguage language) {
		return SYNONYMS + "_" + language.code();
	}

}
