package com.interviewbank.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysers as a running backend has them: exact token lists for code, English, Chinese,
 * Russian, synonyms, folding and prefixes. {@link SearchAnalysisTests} asks Lucene's,
 * {@link OpenSearchTests} an OpenSearch node's, so both backends must analyse alike.
 */
abstract class AnalysisCases {

	@Test
	void shouldKeepDunderNamesWholeAndSplit() {
		assertThat(tokens(Analysis.CODE, "__slots__")).containsExactly("__slots__", "slots");
		assertThat(tokens(Analysis.CODE, "__getattribute__")).containsExactly("__getattribute__", "getattribute");
		assertThat(tokens(Analysis.CODE, "__call__")).containsExactly("__call__", "call");
	}

	@Test
	void shouldKeepDottedNamesWholeAndSplit() {
		assertThat(tokens(Analysis.CODE, "functools.partial")).containsExactly("functools.partial", "functools",
				"partial");
		assertThat(tokens(Analysis.CODE, "setup.py")).containsExactly("setup.py", "setup", "py");
		assertThat(tokens(Analysis.CODE, "gc.collect")).containsExactly("gc.collect", "gc", "collect");
		assertThat(tokens(Analysis.CODE, "sys.getrefcount")).containsExactly("sys.getrefcount", "sys", "getrefcount");
	}

	@Test
	void shouldKeepDecoratorsWholeAndSplit() {
		assertThat(tokens(Analysis.CODE, "@property")).containsExactly("@property", "property");
		assertThat(tokens(Analysis.CODE, "@functools.wraps")).containsExactly("@functools.wraps", "functools",
				"wraps");
	}

	@Test
	void shouldSplitCodeOnPunctuationAndCaseChanges() {
		assertThat(tokens(Analysis.CODE, "gc.collect(generation=0)")).containsExactly("gc.collect", "gc", "collect",
				"generation", "0");
		assertThat(tokens(Analysis.CODE, "OrderedDict")).containsExactly("ordereddict", "ordered", "dict");
		// A word that ends a sentence loses its dot (its original and its part are then the same token).
		assertThat(tokens(Analysis.CODE, "sentence. end.")).containsOnly("sentence", "end");
	}

	@Test
	void shouldDropOverlongCodeTokens() {
		assertThat(tokens(Analysis.CODE, "a".repeat(101) + " short")).containsExactly("short");
	}

	@Test
	void shouldStemEnglish() {
		assertThat(tokens(Analysis.ENGLISH, "generators")).isEqualTo(tokens(Analysis.ENGLISH, "generator"))
			.hasSize(1);
		assertThat(tokens(Analysis.ENGLISH, "decorators")).isEqualTo(tokens(Analysis.ENGLISH, "decorator"));
		assertThat(tokens(Analysis.ENGLISH, "references")).isEqualTo(tokens(Analysis.ENGLISH, "reference"));
		assertThat(tokens(Analysis.ENGLISH, "Python's Generators")).containsExactly("python", "gener");
		assertThat(tokens(Analysis.ENGLISH, "running collections")).containsExactly("run", "collect");
	}

	@Test
	void shouldNotStemTheStandardAnalyser() {
		assertThat(tokens(Analysis.STANDARD, "Generators are Running")).containsExactly("generators", "are",
				"running");
	}

	@Test
	void shouldLowerCaseAndFoldAccents() {
		assertThat(tokens(Analysis.STANDARD, "Café NAÏVE Ünïcödé")).containsExactly("cafe", "naive", "unicode");
		assertThat(tokens(Analysis.ENGLISH, "Café")).containsExactly("cafe");
		assertThat(tokens(Analysis.PREFIX_QUERY, "Déco")).containsExactly("deco");
		assertThat(tokens(Analysis.CODE, "__SLOTS__")).containsExactly("__slots__", "slots");
		assertThat(normalized(Analysis.LOWERCASE, "Weak Références")).isEqualTo("weak references");
	}

	@Test
	void shouldExpandAcronymsAtQueryTimeOnly() {
		assertThat(tokens(Analysis.ENGLISH_QUERY, "GIL")).containsExactlyInAnyOrder("gil", "global", "interpret",
				"lock");
		assertThat(tokens(Analysis.STANDARD_QUERY, "GIL")).containsExactlyInAnyOrder("gil", "global", "interpreter",
				"lock");
		assertThat(tokens(Analysis.ENGLISH_QUERY, "mvcc")).contains("mvcc", "multi", "version", "concurr", "control",
				"multivers");
		assertThat(tokens(Analysis.ENGLISH_QUERY, "global interpreter lock")).contains("gil", "global", "interpret",
				"lock");
		assertThat(tokens(Analysis.ENGLISH_QUERY, "WAL")).contains("wal", "write", "ahead", "log");
		assertThat(tokens(Analysis.ENGLISH, "GIL")).containsExactly("gil");
		assertThat(tokens(Analysis.STANDARD, "mvcc")).containsExactly("mvcc");
	}

	@Test
	void shouldSegmentChineseIntoWordsNotCharacters() {
		assertThat(tokens(Analysis.CHINESE, "如何基于 Redis 实现分布式锁？")).containsExactly("如何", "基于", "redi", "实现",
				"分布式", "锁");
		assertThat(tokens(Analysis.STANDARD, "分布式锁")).containsExactly("分", "布", "式", "锁");
		assertThat(tokens(Analysis.CHINESE_QUERY, "分布式锁")).isEqualTo(tokens(Analysis.CHINESE, "分布式锁"));
	}

	@Test
	void shouldStemRussianSoThatFormsMeet() {
		List<String> stem = tokens(Analysis.RUSSIAN, "декоратор");
		assertThat(stem).hasSize(1);
		for (String form : List.of("декоратора", "декоратором", "декораторы", "декораторов", "Декораторами")) {
			assertThat(tokens(Analysis.RUSSIAN, form)).as(form).isEqualTo(stem);
			assertThat(tokens(Analysis.RUSSIAN_QUERY, form)).as(form).isEqualTo(stem);
		}
		assertThat(tokens(Analysis.STANDARD, "декораторы")).containsExactly("декораторы");
	}

	@Test
	void shouldExpandEachLanguagesSynonymsInItsOwnQueriesOnly() {
		assertThat(tokens(Analysis.RUSSIAN_QUERY, "сборка мусора")).contains("garbage", "collector", "сборщик");
		assertThat(tokens(Analysis.ENGLISH_QUERY, "сборка мусора")).doesNotContain("garbag", "garbage");
		assertThat(tokens(Analysis.STANDARD_QUERY, "сборка мусора")).doesNotContain("garbage");
		assertThat(tokens(Analysis.CHINESE_QUERY, "MQ")).contains("mq", "消息", "队列");
		assertThat(tokens(Analysis.RUSSIAN_QUERY, "MQ")).containsExactly("mq");
		// The groups for every language reach each language's queries.
		assertThat(tokens(Analysis.RUSSIAN_QUERY, "GIL")).contains("gil", "global", "interpreter", "lock");
		assertThat(tokens(Analysis.CHINESE_QUERY, "GIL")).contains("gil", "global", "interpret", "lock");
	}

	@Test
	void shouldIndexEdgeNGramsOfTitleWords() {
		assertThat(tokens(Analysis.PREFIX, "Decorator")).containsExactly("d", "de", "dec", "deco", "decor", "decora",
				"decorat", "decorato", "decorator");
		assertThat(tokens(Analysis.PREFIX, "Weak refs")).containsExactly("w", "we", "wea", "weak", "r", "re", "ref",
				"refs");
		assertThat(tokens(Analysis.PREFIX, "abcdefghijklmnopqrstuvwxyz")).hasSize(20)
			.endsWith("abcdefghijklmnopqrst");
		assertThat(tokens(Analysis.PREFIX_QUERY, "Deco gen")).containsExactly("deco", "gen");
	}

	/** The tokens the named analyser makes of the text, in order. */
	abstract List<String> tokens(String analyzerName, String text);

	/** The text as the named normalizer makes it. */
	abstract String normalized(String normalizerName, String text);

}
