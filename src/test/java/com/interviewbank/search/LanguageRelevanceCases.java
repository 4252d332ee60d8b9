package com.interviewbank.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.imports.ImportRequest;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance in Chinese and Russian on real guides, in the style of {@link SeedRelevanceCases} and,
 * like it, on the backend of the extending class's context ({@link LanguageRelevanceTests} on
 * Lucene, {@link OpenSearchTests} on OpenSearch):
 * the table in {@code search/language-relevance.psv} (which {@code bench/languages.sh} reads too)
 * says what a reader types and the question that must come back. Each search keeps to its guide,
 * so other guides of the shared bank cannot change the ranking.
 */
abstract class LanguageRelevanceCases {

	static final String CHINESE = "javaguide-redis";

	static final String CHINESE_JAVA = "javaguide-java-basics";

	static final String RUSSIAN = "yakimka-python";

	private static final Path CORPORA = Path.of("src/test/resources/corpora");

	@Autowired
	private SearchService search;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideRepository guides;

	@Autowired
	private QuestionRepository questions;

	@BeforeEach
	void importTheGuidesOnce() throws IOException {
		importOnce(CHINESE, "Snailclimb__JavaGuide__docs__database__redis__redis-questions-01.md");
		importOnce(CHINESE_JAVA, "Snailclimb__JavaGuide__docs__java__basis__java-basic-questions-01.excerpt.md");
		importOnce(RUSSIAN, "yakimka__python_interview_questions__questions.md");
	}

	private void importOnce(String slug, String file) throws IOException {
		if (this.guides.findBySlug(slug).isEmpty()) {
			this.imports.run(new ImportRequest(ImportRun.Source.API, slug + ".md", Files.readAllBytes(CORPORA.resolve(file)),
					slug, "admin", false));
		}
	}

	@Test
	void shouldHaveDetectedEachGuidesLanguage() {
		assertThat(this.guides.findBySlug(CHINESE).orElseThrow().getLanguage()).isEqualTo("zh");
		assertThat(this.guides.findBySlug(CHINESE_JAVA).orElseThrow().getLanguage()).isEqualTo("zh");
		assertThat(this.guides.findBySlug(RUSSIAN).orElseThrow().getLanguage()).isEqualTo("ru");
	}

	@ParameterizedTest(name = "[{index}] {0}: {1} -> {2} ({3})")
	@CsvFileSource(resources = "/search/language-relevance.psv", delimiter = '|')
	void shouldRankTheRightQuestion(String guide, String query, String expected, String rule) {
		RankedFirst.check(this.search, guide, query, expected, rule);
	}

	/**
	 * What the issue measured: searched character by character, only the first of the results for a
	 * Chinese word held the word. Now the questions holding the whole word come first, all of them,
	 * before any that holds its parts apart; and no question holding only some of its characters
	 * is found at all.
	 */
	@ParameterizedTest(name = "[{index}] {0}: {1}")
	@CsvSource({ "javaguide-redis, 分布式锁", "javaguide-redis, 消息队列", "javaguide-redis, 持久化",
			"javaguide-redis, 跳表", "javaguide-redis, 过期时间", "javaguide-redis, 内存淘汰", "javaguide-redis, 单线程",
			"javaguide-java-basics, 字节码", "javaguide-java-basics, 关键字", "javaguide-java-basics, 解释器",
			"javaguide-java-basics, 静态方法", "javaguide-java-basics, 成员变量" })
	void shouldRankQuestionsHoldingTheWholeChineseWordFirst(String guide, String word) {
		List<String> texts = this.search.search(word, guide, null, 0, 50)
			.results()
			.stream()
			.map(hit -> textOf(guide, hit.question()))
			.toList();
		long whole = texts.stream().filter(text -> text.contains(word)).count();
		assertThat(whole).as("results holding " + word).isPositive();
		assertThat(texts.subList(0, (int) whole)).as("the first " + whole + " results").allSatisfy(text -> assertThat(text).contains(word));
		assertThat(texts).allSatisfy(text -> assertThat(text).contains(word.substring(0, 1)).contains(word.substring(word.length() - 1)));
	}

	/** A question's title and answer as imported. */
	private String textOf(String guide, String question) {
		var version = this.guides.findBySlug(guide).orElseThrow().getActiveVersion();
		var found = this.questions.findByVersionAndSlug(version, question).orElseThrow();
		return found.getTitle() + "\n" + found.getAnswerMarkdown();
	}

	@Test
	void shouldMarkWholeChineseWordsInSnippets() {
		List<SearchResults.Hit> hits = this.search.search("跳表", CHINESE, null, 0, 10).results();
		assertThat(hits.get(0).snippet()).contains("<mark>跳表</mark>");
		// Marked by the guide's own (Chinese) analysis, not by another language's: no lone 表 of 列表.
		assertThat(java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(hits.get(0).snippet()).results()
			.map(mark -> mark.group(1))).containsOnly("跳表");
	}

	@Test
	void shouldFindTheSameQuestionsForEveryFormOfARussianWord() {
		List<String> forms = List.of("декоратор", "декоратора", "декоратором", "декораторы", "декораторов");
		List<List<String>> found = forms.stream()
			.map(form -> this.search.search(form, RUSSIAN, null, 0, 50).results().stream().map(SearchResults.Hit::question).sorted().toList())
			.toList();
		assertThat(found.get(0)).isNotEmpty();
		assertThat(found).allSatisfy(questions -> assertThat(questions).isEqualTo(found.get(0)));
	}

	@Test
	void shouldNotApplyAnotherLanguagesSynonyms() {
		// [ru] makes "сборка мусора" find "garbage collector"; the Chinese guide's queries do not get it.
		assertThat(this.search.search("сборка мусора", CHINESE, null, 0, 10).results()).isEmpty();
		assertThat(this.search.search("MQ", RUSSIAN, null, 0, 10).results().stream().map(SearchResults.Hit::question))
			.doesNotContain("redis-可以做消息队列么怎么实现");
	}

}
