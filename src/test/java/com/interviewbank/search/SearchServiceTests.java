package com.interviewbank.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search service on the seed guide: hostile queries, paging limits, safe snippets, facets and
 * filters, "did you mean", suggestions, and an index that follows re-imports. The guides this
 * class imports of its own are deleted after each test, so the shared seed context is left with
 * the seed alone.
 */
@SeedBankTest
class SearchServiceTests {

	private static final String GUIDE = "python-senior-lead-questions";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SearchService search;

	@Autowired
	private ImportService imports;

	@Autowired
	private GuideManagement management;

	@Autowired
	private GuideRepository guides;

	@AfterEach
	void deleteTheGuidesOfThisClass() {
		for (String slug : List.of("search-snippets", "search-reindex")) {
			if (this.guides.findBySlug(slug).isPresent()) {
				this.management.delete(slug);
			}
		}
	}

	static Stream<String> hostileQueries() {
		return Stream.of("", " ", "   \t ", "\"", "(", ")", "*", "?", "~", "\\", "/", ":", "^", "!", "+", "-", "[", "{",
				"AND", "OR NOT", "NOT", "&&", "||", "\"unbalanced quote", "unbalanced \"quote\"\"", "\"\"\"", "\" \"",
				"\"\"", "😀", "🐍 python 🐍", "' OR 1=1 --", "'; DROP TABLE question; --", "title:gil", "field:*",
				"gil~2", "gil^10", "%", "%00", "\u0000", "__", "...", "@", "garbage AND OR NOT collection",
				"\"garbage collection\" \"", "((((((((((", "a*b?c~", "\u202Egil", "ＧＩＬ");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("hostileQueries")
	void shouldAnswerHostileQueriesSanely(String query) throws Exception {
		assertThat(this.search.search(query, null, null, 0, 10).results()).isNotNull();
		expectSaneAnswers(query);
	}

	/**
	 * A long word analysed into several terms, one of them a single character: each term is
	 * matched with the typos allowed for the whole word.
	 */
	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "print(1)", "getrefcount(x)", "f(a,b,c)", "func(1,2)", "alert(1)",
			"<script>alert(1)</script>" })
	void shouldAnswerCodeWithOneCharacterArguments(String query) throws Exception {
		expectSaneAnswers(query);
	}

	@Test
	void shouldShortenALongQueryAndSaySo() throws Exception {
		String query = """
				I am preparing for a senior interview and I would like to understand how the cyclic garbage \
				collector of CPython decides when to run, which thresholds it uses for each of its three \
				generations, how reference counting interacts with it, why reference cycles cannot be freed by \
				reference counting alone, whether weak references help to avoid such cycles in caches, and \
				what the gc module lets me inspect or change at run time, for example with gc.collect or \
				gc.get_threshold, without hurting the performance of a long running web service.""";
		assertThat(query).hasSizeGreaterThan(500);
		SearchResults results = this.search.search(query, null, null, 0, 10);
		assertThat(results.query()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(results.notice()).contains("shortened");
		assertThat(results.total()).isPositive();
		this.mvc.perform(get("/api/search").param("q", query))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice").value(containsString("shortened")))
			.andExpect(jsonPath("$.query").value(results.query()));
		this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shortened")));
	}

	/**
	 * Words with multi-word synonyms, several in one query: the phrase of all the words must not
	 * grow with every combination of their synonyms.
	 */
	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "python api rest json http sql db orm", "gc gil wal orm ci tdd mvcc acid",
			"garbage collection garbage collection garbage collection garbage collection garbage collection" })
	void shouldAnswerQueriesFullOfSynonyms(String query) throws Exception {
		expectSaneAnswers(query);
	}

	@Test
	void shouldClampPageAndSize() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "python").param("size", "0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.results", hasSize(1)));
		this.mvc.perform(get("/api/search").param("q", "python").param("size", "1000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(SearchService.MAX_PAGE_SIZE))
			.andExpect(jsonPath("$.results", hasSize(SearchService.MAX_PAGE_SIZE)));
		this.mvc.perform(get("/api/search").param("q", "python").param("page", "-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.results", hasSize(10)));
		this.mvc.perform(get("/api/search").param("q", "python").param("page", "-1").param("size", "-5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1));
		this.mvc.perform(get("/search").param("q", "python").param("page", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		SearchResults clamped = this.search.search("python", null, null, -3, 0);
		assertThat(clamped.page()).isZero();
		assertThat(clamped.size()).isEqualTo(1);
	}

	@Test
	void shouldReturnNothingPastTheLastPage() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "python").param("page", "100").param("size", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results", hasSize(0)));
		// page * size overflows an int: 85899346 * 50 = 2^32 + 4.
		this.mvc.perform(get("/api/search").param("q", "python").param("page", "85899346").param("size", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results", hasSize(0)));
		this.mvc.perform(get("/api/search").param("q", "python").param("page", String.valueOf(Integer.MAX_VALUE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results", hasSize(0)));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "python", "mock", "hash key value", "\"combination of the three values\"", "script",
			"generics <T>", "cheetsheet", "include", "Python.h", "unicode" })
	void shouldMarkMatchesInSnippetsAndEscapeEverythingElse(String query) {
		SearchResults results = this.search.search(query, null, null, 0, SearchService.MAX_PAGE_SIZE);
		assertThat(results.results()).isNotEmpty();
		for (SearchResults.Hit hit : results.results()) {
			String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
			assertThat(withoutMarks).as("snippet of %s", hit.question()).doesNotContain("<", ">");
			assertThat(hit.snippet().split("<mark>", -1).length).as("marks of %s", hit.question())
				.isEqualTo(hit.snippet().split("</mark>", -1).length);
		}
	}

	@Test
	void shouldEscapeAngleBracketsOfTheAnswerInSnippets() {
		SearchResults results = this.search.search("\"combination of the three values\"", null, null, 0, 10);
		assertThat(results.results()).extracting(SearchResults.Hit::question)
			.containsExactly("how-does-dict-work-and-explain-the-data-structure");
		// The fast vector highlighter marks a quoted phrase as one span.
		assertThat(results.results().get(0).snippet()).contains("<mark>combination of the three values</mark>")
			.contains("&lt; hash, key, value &gt;");
	}

	/**
	 * An answer that does not match gives its first characters as the snippet: they must be
	 * escaped like a highlighted fragment, since the page shows snippets unescaped.
	 */
	@Test
	void shouldEscapeSnippetsOfAnswersThatDoNotMatch() {
		this.imports.importGuide(ImportRun.Source.API, "search-snippets.md", """
				# Search snippets

				## Quxwobble markup

				&lt;img src=x onerror=alert(1)&gt; and a &lt;b&gt;bold&lt;/b&gt; claim, 1 &lt; 2 &amp;&amp; 3 &gt; 2.
				""".getBytes(StandardCharsets.UTF_8), "test");
		SearchResults results = this.search.search("quxwobble", null, null, 0, 10);
		assertThat(results.results()).hasSize(1);
		String snippet = results.results().get(0).snippet();
		assertThat(snippet).contains("img src=x").doesNotContain("<img", "<b>");
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
		SearchResults matched = this.search.search("quxwobble onerror", null, null, 0, 10);
		assertThat(matched.results().get(0).snippet()).contains("&lt;img").doesNotContain("<img");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "python", "garbage collection", "test", "generic", "GIL", "decorator" })
	void shouldCountEachResultInOneTopicFacet(String query) {
		SearchResults results = this.search.search(query, null, null, 0, 10);
		assertThat(results.total()).isPositive();
		assertThat(results.facets().topics()).isNotEmpty()
			.allSatisfy(facet -> assertThat(facet.count()).isPositive());
		assertThat(results.facets().topics().stream().mapToLong(SearchResults.TopicFacet::count).sum())
			.isEqualTo(results.total());
	}

	@Test
	void shouldKeepToTheTopicOfAGuide() throws Exception {
		SearchResults all = this.search.search("python", null, null, 0, 10);
		long inOop = all.facets()
			.topics()
			.stream()
			.filter(facet -> facet.slug().equals("oop-in-python"))
			.findFirst()
			.orElseThrow()
			.count();
		assertThat(inOop).isLessThan(all.total());
		SearchResults oop = this.search.search("python", GUIDE, "oop-in-python", 0, SearchService.MAX_PAGE_SIZE);
		assertThat(oop.total()).isEqualTo(inOop);
		assertThat(oop.results()).hasSize((int) inOop)
			.allSatisfy(hit -> assertThat(hit.topic()).isEqualTo("oop-in-python"))
			.allSatisfy(hit -> assertThat(hit.guide()).isEqualTo(GUIDE));
		assertThat(oop.facets().topics()).extracting(SearchResults.TopicFacet::slug).containsOnly("oop-in-python");
		this.mvc.perform(get("/api/search").param("q", "python").param("guide", GUIDE).param("topic", "oop-in-python"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value((int) inOop));
		assertThat(this.search.search("python", GUIDE, "no-such-topic", 0, 10).total()).isZero();
		assertThat(this.search.search("python", "no-such-guide", null, 0, 10).total()).isZero();
	}

	@Test
	void shouldOfferACorrectionWhenNothingMatches() throws Exception {
		// One edit, but in the first letter, which typo matching keeps: nothing is found.
		SearchResults results = this.search.search("yenerators", null, null, 0, 10);
		assertThat(results.total()).isZero();
		assertThat(results.didYouMean()).isEqualTo("generators");
		assertThat(this.search.search(results.didYouMean(), null, null, 0, 10).results())
			.extracting(SearchResults.Hit::question)
			.first()
			.isEqualTo("generators");
		assertThat(this.search.search("xoroutines", null, null, 0, 10).didYouMean()).isEqualTo("coroutines");
		this.mvc.perform(get("/api/search").param("q", "yenerators"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.didYouMean").value("generators"));
		this.mvc.perform(get("/search").param("q", "yenerators"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("generators")));
	}

	@Test
	void shouldNotOfferACorrectionWhenSomethingMatchesOrNothingIsNear() {
		SearchResults found = this.search.search("genertors", null, null, 0, 10);
		assertThat(found.total()).isPositive();
		assertThat(found.didYouMean()).isNull();
		SearchResults gibberish = this.search.search("qwxzvbnmkj", null, null, 0, 10);
		assertThat(gibberish.total()).isZero();
		assertThat(gibberish.didYouMean()).isNull();
	}

	/** Prefixes whose suggestions already put the titles that start with them first. */
	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "deco", "gen", "test", "code", "mu", "api", "gil", "mock", "corou", "wea" })
	void shouldSuggestTitlesStartingWithThePrefixFirst(String prefix) throws Exception {
		expectTitlesStartingWithFirst(prefix);
	}

	/** Prefixes typed on the way to a word: shorter titles that merely contain it rank first today. */
	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "tes", "cod", "pyth", "multi", "de" })
	void shouldSuggestTitlesStartingWithAPartialWordFirst(String prefix) throws Exception {
		expectTitlesStartingWithFirst(prefix);
	}

	@Test
	void shouldSuggestNothingForNothing() throws Exception {
		assertThat(this.search.suggest("")).isEmpty();
		assertThat(this.search.suggest("   ")).isEmpty();
		assertThat(this.search.suggest("qwxzvbnmkj")).isEmpty();
		this.mvc.perform(get("/api/search/suggest").param("q", "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void shouldFollowAReimportOfAGuide() {
		ImportOutcome first = this.imports.importGuide(ImportRun.Source.API, "search-reindex.md", """
				# Search reindex

				## Glimmerquux engines

				A glimmerquux engine is reindexed with every import.

				## Staying question

				Plinkerwomp stays in both versions and is reindexed too.
				""".getBytes(StandardCharsets.UTF_8), "test");
		String guide = first.guideSlug();
		assertThat(first.applied()).isTrue();
		assertThat(slugs("glimmerquux")).containsExactly("glimmerquux-engines");
		assertThat(slugs("plinkerwomp")).containsExactly("staying-question");
		assertThat(slugs("reindexed")).containsExactlyInAnyOrder("glimmerquux-engines", "staying-question");
		assertThat(this.search.suggest("glimmer")).extracting(SearchService.Suggestion::title)
			.containsExactly("Glimmerquux engines");

		ImportOutcome second = this.imports.importGuide(ImportRun.Source.API, "search-reindex.md", """
				# Search reindex

				## Snorfblatt valves

				A snorfblatt valve is reindexed with every import.

				## Staying question

				Plinkerwomp stays in both versions and is reindexed too.
				""".getBytes(StandardCharsets.UTF_8), "test");
		assertThat(second.applied()).isTrue();
		assertThat(second.guideSlug()).isEqualTo(guide);
		assertThat(this.search.search("glimmerquux", null, null, 0, 10).total()).isZero();
		assertThat(this.search.search("glimmerquux", guide, null, 0, 10).total()).isZero();
		assertThat(this.search.search("glimerquux", null, null, 0, 10).total()).isZero();
		assertThat(this.search.suggest("glimmer")).isEmpty();
		assertThat(slugs("snorfblatt")).containsExactly("snorfblatt-valves");
		assertThat(slugs("plinkerwomp")).containsExactly("staying-question");
		SearchResults everything = this.search.search("reindexed", guide, null, 0, SearchService.MAX_PAGE_SIZE);
		assertThat(everything.total()).isEqualTo(2);
		assertThat(everything.results()).extracting(SearchResults.Hit::question)
			.containsExactlyInAnyOrder("snorfblatt-valves", "staying-question")
			.doesNotContain("glimmerquux-engines");
		for (String query : List.of("engines", "glimmerquux engines", "\"glimmerquux engine\"", "reindexed import",
				"search reindex")) {
			assertThat(slugs(query)).as(query).doesNotContain("glimmerquux-engines");
		}
	}

	private List<String> slugs(String query) {
		return this.search.search(query, null, null, 0, SearchService.MAX_PAGE_SIZE)
			.results()
			.stream()
			.map(SearchResults.Hit::question)
			.toList();
	}

	private void expectSaneAnswers(String query) throws Exception {
		this.mvc.perform(get("/api/search").param("q", query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.results").isArray())
			.andExpect(jsonPath("$.facets.topics").isArray());
		this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		this.mvc.perform(get("/api/search/suggest").param("q", query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$").isArray());
	}

	private void expectTitlesStartingWithFirst(String prefix) throws Exception {
		List<String> titles = this.search.suggest(prefix).stream().map(SearchService.Suggestion::title).toList();
		String lower = prefix.toLowerCase(Locale.ROOT);
		assertThat(titles).as("suggestions for %s", prefix)
			.anySatisfy(title -> assertThat(title.toLowerCase(Locale.ROOT)).startsWith(lower));
		int firstOther = 0;
		while (firstOther < titles.size() && titles.get(firstOther).toLowerCase(Locale.ROOT).startsWith(lower)) {
			firstOther++;
		}
		assertThat(titles.subList(firstOther, titles.size()))
			.as("suggestions for %s after the titles that start with it: %s", prefix, titles)
			.noneSatisfy(title -> assertThat(title.toLowerCase(Locale.ROOT)).startsWith(lower));
		this.mvc.perform(get("/api/search/suggest").param("q", prefix))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(titles.size())));
	}

}
