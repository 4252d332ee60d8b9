package com.interviewbank.search;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Elasticsearch configurer sends to a cluster, without a cluster: each definition is
 * recorded as the chain of calls that makes it ({@code .analyzer(chinese).custom().tokenizer(...)}),
 * and compared with the Lucene configurer's.
 */
class ElasticsearchAnalysisTests {

	private static final List<String> ELASTICSEARCH = record(ElasticsearchAnalysisConfigurationContext.class,
			context -> new ElasticsearchAnalysis().configure(context));

	private static final List<String> LUCENE = record(LuceneAnalysisConfigurationContext.class,
			context -> new LuceneAnalysis().configure(context));

	@Test
	void shouldDefineTheSameAnalysersAndNormalizersAsLucene() {
		assertThat(named(ELASTICSEARCH, "analyzer")).isEqualTo(named(LUCENE, "analyzer"))
			.contains(Analysis.CHINESE, Analysis.CHINESE_QUERY, Analysis.RUSSIAN, Analysis.RUSSIAN_QUERY,
					Analysis.ENGLISH, Analysis.STANDARD);
		assertThat(named(ELASTICSEARCH, "normalizer")).isEqualTo(named(LUCENE, "normalizer"));
	}

	@Test
	void shouldSegmentChineseWithTheSmartcnPlugin() {
		assertThat(ELASTICSEARCH).contains(
				".analyzer(chinese).custom().tokenizer(smartcn_tokenizer).tokenFilters([smartcn_stop, lowercase, porter_stem])",
				".analyzer(chinese_query).custom().tokenizer(smartcn_tokenizer).tokenFilters([smartcn_stop, lowercase, bank_synonyms_zh, porter_stem])");
	}

	@Test
	void shouldStemRussianWithTheSnowballStemmer() {
		assertThat(ELASTICSEARCH).contains(".tokenFilter(bank_russian_stemmer).type(stemmer).param(language, russian)",
				".analyzer(russian).custom().tokenizer(standard).tokenFilters([lowercase, bank_russian_stemmer])",
				".analyzer(russian_query).custom().tokenizer(standard).tokenFilters([lowercase, bank_synonyms_ru, bank_russian_stemmer])");
	}

	@Test
	void shouldSendEachLanguageItsSynonymsInline() {
		assertThat(definition("tokenFilter(bank_synonyms_ru)")).contains("сборщик мусора", "gil, global interpreter lock")
			.doesNotContain("消息队列");
		assertThat(definition("tokenFilter(bank_synonyms_zh)")).contains("消息队列", "gil, global interpreter lock")
			.doesNotContain("сборщик мусора");
		assertThat(definition("tokenFilter(bank_synonyms)")).contains("gil, global interpreter lock")
			.doesNotContain("сборщик мусора", "消息队列");
		assertThat(ELASTICSEARCH).anyMatch(line -> line.startsWith(".analyzer(standard_query)") && line.contains("bank_synonyms]"));
	}

	@Test
	void shouldSendOnlyTheSynonymsLuceneCanMatch() {
		// Lucene reads "ci/cd" as one token, which no query holds (its words are "ci" and "cd").
		assertThat(ElasticsearchAnalysis.asLuceneMatchesThem(List.of("ci/cd, cicd, continuous integration and continuous delivery",
				"gil, global interpreter lock", "a/b, c-d")))
			.containsExactly("cicd, continuous integration and continuous delivery", "gil, global interpreter lock");
		assertThat(definition("tokenFilter(bank_synonyms_en)")).doesNotContain("ci/cd").contains("cicd");
		// Chinese groups are segmented as the query is, on both backends: sent whole.
		assertThat(definition("tokenFilter(bank_synonyms_zh)")).contains("消息队列");
	}

	@Test
	void shouldDropEnglishPossessivesAndOverlongCodeTokensAsLuceneDoes() {
		assertThat(ELASTICSEARCH).anyMatch(line -> line.startsWith(".analyzer(english)") && line.contains("[bank_english_possessive, lowercase"))
			.anyMatch(line -> line.startsWith(".analyzer(english_query)") && line.contains("[bank_english_possessive, lowercase"))
			.anyMatch(line -> line.startsWith(".analyzer(code)") && line.endsWith("bank_code_length])"));
	}

	@Test
	void shouldDefineEveryFilterAndTokenizerOfOursThatAnAnalyserUses() {
		Set<String> defined = new TreeSet<>();
		defined.addAll(named(ELASTICSEARCH, "tokenFilter"));
		defined.addAll(named(ELASTICSEARCH, "tokenizer"));
		Set<String> used = new TreeSet<>();
		Matcher ours = Pattern.compile("\\bbank_\\w+").matcher(String.join("\n", ELASTICSEARCH.stream()
			.filter(line -> line.startsWith(".analyzer(") || line.startsWith(".normalizer("))
			.toList()));
		while (ours.find()) {
			used.add(ours.group());
		}
		assertThat(used).isNotEmpty();
		assertThat(defined).containsAll(used);
	}

	private static String definition(String start) {
		return ELASTICSEARCH.stream().filter(line -> line.startsWith("." + start)).findFirst().orElseThrow();
	}

	/** The names a kind of definition gives ({@code analyzer}, {@code tokenFilter}, ...). */
	private static Set<String> named(List<String> lines, String kind) {
		Pattern name = Pattern.compile("^\\." + kind + "\\(([^)]+)\\)");
		return lines.stream()
			.map(name::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static <C> List<String> record(Class<C> contextType, java.util.function.Consumer<C> configurer) {
		List<StringBuilder> lines = new ArrayList<>();
		configurer.accept(contextType.cast(proxy(contextType, new CallRecorder(lines, null))));
		return lines.stream().map(StringBuilder::toString).toList();
	}

	private static Object proxy(Class<?> type, InvocationHandler handler) {
		return Proxy.newProxyInstance(ElasticsearchAnalysisTests.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** Writes each call on the line it continues; a call on the context starts a line. */
	private record CallRecorder(List<StringBuilder> lines, StringBuilder line) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) {
			if (method.getDeclaringClass() == Object.class) {
				return method.getName().equals("toString") ? String.valueOf(this.line) : null;
			}
			StringBuilder current = this.line;
			if (current == null) {
				current = new StringBuilder();
				this.lines.add(current);
			}
			current.append('.').append(method.getName()).append('(').append(arguments(args)).append(')');
			Class<?> next = method.getReturnType();
			return next.isInterface() ? proxy(next, new CallRecorder(this.lines, current)) : null;
		}

		private static String arguments(Object[] args) {
			if (args == null) {
				return "";
			}
			return Arrays.stream(args)
				.map(arg -> arg instanceof Object[] array ? Arrays.toString(array) : String.valueOf(arg))
				.collect(Collectors.joining(", "));
		}

	}

}
