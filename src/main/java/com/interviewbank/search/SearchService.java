package com.interviewbank.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.GuideLinks;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.ServedContent;
import com.interviewbank.guide.TopicRef;
import com.interviewbank.guide.TopicRepository;

/**
 * Searches the versions of the guides this node serves: ranked results with snippets, facets and
 * a "did you mean", suggestions as you type, and related questions.
 */
@Service
public class SearchService {

	public static final int MAX_PAGE_SIZE = 50;

	/** Deep pages are no use to a reader and cost the index; beyond this, a page is empty. */
	private static final int MAX_PAGE = 1000;

	private static final int SUGGESTIONS = 8;

	private static final AggregationKey<Map<String, Long>> TOPICS = AggregationKey.of("topics");

	private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");

	private static final AggregationKey<Map<Integer, Long>> DIFFICULTIES = AggregationKey.of("difficulty");

	/** The most tags a search offers as filters. */
	private static final int MAX_TAG_FACETS = 30;

	private final EntityManagerFactory entityManagers;

	private final ServedContent content;

	private final TopicRepository topics;

	private final TopicTitles topicTitles;

	private final PromptParents promptParents;

	private final IndexTerms indexTerms;

	private final DidYouMean didYouMean;

	private final SearchCache cache;

	private final ServedLanguages servedLanguages;

	private final RelatedQuestions related;

	private final SearchGate gate;

	private final HitSnippets snippets;

	private final ShownHits shownHits;

	private final TextClauseQueries textClauses;

	SearchService(EntityManagerFactory entityManagers, ServedContent content,
			TopicRepository topics, TopicTitles topicTitles, PromptParents promptParents, IndexTerms indexTerms, DidYouMean didYouMean,
			SearchCache cache, ServedLanguages servedLanguages, RelatedQuestions related, SearchGate gate,
			HitSnippets snippets, ShownHits shownHits, TextClauseQueries textClauses) {
		this.textClauses = textClauses;
		this.snippets = snippets;
		this.shownHits = shownHits;
		this.related = related;
		this.gate = gate;
		this.servedLanguages = servedLanguages;
		this.cache = cache;
		this.entityManagers = entityManagers;
		this.topicTitles = topicTitles;
		this.promptParents = promptParents;
		this.indexTerms = indexTerms;
		this.content = content;
		this.topics = topics;
		this.didYouMean = didYouMean;
	}

	/** A suggestion as you type. */
	public record Suggestion(String title, String url) {
	}

	/** A question related to another. */
	public record Related(String title, String titleHtml, String url) {
	}

	private record SearchKey(String content, String query, SearchFilters filters, int page, int size,
			boolean exact) {
	}

	private record SuggestKey(String content, String query) {
	}

	public SearchResults search(String raw, String guide, String topic, int page, int size) {
		return search(raw, guide, topic, page, size, false);
	}

	/** @param exact whether to match the words only as typed, never with typos */
	public SearchResults search(String raw, String guide, String topic, int page, int size, boolean exact) {
		return search(raw, new SearchFilters(guide, topic, null, null), page, size, exact);
	}

	public SearchResults search(String raw, SearchFilters filters, int page, int size) {
		return search(raw, filters, page, size, false);
	}

	/**
	 * A search; with a tag or a difficulty and no words, every question the filters keep.
	 *
	 * @param exact whether to match the words only as typed, never with typos
	 */
	public SearchResults search(String raw, SearchFilters filters, int page, int size, boolean exact) {
		String content = this.content.fingerprint();
		return this.cache.get(new SearchKey(content, raw, filters, page, size, exact),
				() -> searchIndex(content, raw, filters, page, size, exact), stillServed(content));
	}

	public List<Suggestion> suggest(String raw) {
		String content = this.content.fingerprint();
		return this.cache.get(new SuggestKey(content, raw), () -> suggestFromIndex(raw), stillServed(content));
	}

	/** Whether the content with this fingerprint is still the content served. */
	private BooleanSupplier stillServed(String content) {
		return () -> content.equals(this.content.fingerprint());
	}

	/** @param content the fingerprint of the content served when the search was asked */
	private SearchResults searchIndex(String content, String raw, SearchFilters filters, int page, int size,
			boolean exact) {
		SearchQuery query = SearchQuery.parse(raw);
		int safePage = Math.max(0, Math.min(MAX_PAGE, page));
		int safeSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		List<Long> versions = this.content.servedVersionIds();
		if ((query.isEmpty() && !filters.listsWithoutWords()) || versions.isEmpty()) {
			return SearchResults.empty(query, safePage, safeSize);
		}
		return inSearchSession(session -> {
			Set<String> misspelled = exact || query.isEmpty() ? Set.of() : misspelled(session, query, versions);
			Set<AnalysedLanguage> languages = languages(versions);
			SearchResult<ShownHits.Ranked> result = session.search(Question.class)
				.select(ShownHits.Ranked::projection)
				.where(f -> query.isEmpty() ? QueryPredicates.filteredOnly(f, versions, filters)
						: QueryPredicates.of(f, this.textClauses.forSearch(languages), query, versions, filters, misspelled))
				.aggregation(TOPICS, f -> f.terms().field(IndexFields.TOPIC, String.class).maxTermCount(200))
				.aggregation(TAGS, f -> f.terms().field(IndexFields.TAG, String.class).maxTermCount(MAX_TAG_FACETS))
				.aggregation(DIFFICULTIES, f -> f.terms().field(IndexFields.DIFFICULTY, Integer.class))
				.fetch(safePage * safeSize, page > MAX_PAGE ? 0 : safeSize);
			long total = result.total().hitCount();
			String corrected = total > 0 && !misspelled.isEmpty()
					? DidYouMean.correct(query, misspelled, this.related.words(versions)) : null;
			List<ShownHit> shown = this.shownHits.of(session, result.hits(), content, stillServed(content));
			List<SearchResults.Hit> hits = hits(session, shown, query, corrections(query, corrected), versions,
					languages);
			String suggestion = total == 0 && !query.isEmpty()
					? this.didYouMean.suggest(query, versions, (correction, in) -> countMatches(session, correction, in)) : null;
			return new SearchResults(query.text(), total, safePage, safeSize, suggestion,
					new SearchResults.Facets(facets(result.aggregation(TOPICS), versions),
							tagFacets(result.aggregation(TAGS)), difficultyFacets(result.aggregation(DIFFICULTIES))),
					hits, query.notice(), corrected);
		});
	}

	/**
	 * Runs a search in a session of its own, outside any transaction: a search reads the index
	 * alone, so it holds no database connection (Hibernate takes one only when it needs one). It
	 * waits its turn at the {@link SearchGate}.
	 */
	private <T> T inSearchSession(Function<SearchSession, T> search) {
		return this.gate.run(() -> {
			try (EntityManager entityManager = this.entityManagers.createEntityManager()) {
				return search.apply(Search.session(entityManager));
			}
		});
	}

	/** The most frequent tags first, then by name. */
	private static List<SearchResults.TagFacet> tagFacets(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> new SearchResults.TagFacet(entry.getKey(), entry.getValue()))
			.toList();
	}

	/** From the easiest up. */
	private static List<SearchResults.DifficultyFacet> difficultyFacets(Map<Integer, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> new SearchResults.DifficultyFacet(entry.getKey(), entry.getValue()))
			.toList();
	}

	private List<Suggestion> suggestFromIndex(String raw) {
		SearchQuery query = SearchQuery.parse(raw);
		List<Long> versions = this.content.servedVersionIds();
		if (query.isEmpty() || versions.isEmpty()) {
			return List.of();
		}
		List<ShownHit> hits = inSearchSession(session -> session.search(Question.class)
			.select(ShownHit::projection)
			.where(f -> QueryPredicates.titlePrefixes(f, this.textClauses.forSearch(languages(versions)), query, versions))
			.fetchHits(SUGGESTIONS));
		// Titles that start with what was typed first, whatever the scores of the other words say.
		String typed = query.normalized();
		return hits.stream()
			.sorted(Comparator.comparing(hit -> !hit.title().toLowerCase(Locale.ROOT).startsWith(typed)))
			.map(hit -> new Suggestion(hit.title(), hit.pagePath()))
			.toList();
	}

	/**
	 * Questions like this one over their whole text, those of its topic first ({@link RelatedQuestions}),
	 * shown from memory: each guide's current slug by the version served.
	 */
	public List<Related> related(long questionId, int limit) {
		Map<Long, String> guideSlugs = this.content.guideSlugsByServedVersion();
		return this.related.of(questionId, List.copyOf(guideSlugs.keySet()), limit)
			.stream()
			.filter(shown -> guideSlugs.containsKey(shown.versionId()))
			.map(shown -> new Related(shown.title(), shown.titleHtml(),
					GuideLinks.question(guideSlugs.get(shown.versionId()), shown.slug())))
			.toList();
	}

	/** The topics of the guides served, for a search that found nothing. */
	@Transactional(readOnly = true)
	List<TopicRef> topics() {
		return this.topics.findRefs(this.content.servedVersionIds());
	}

	/**
	 * The words long enough for typos that no document holds as typed: from the index's term
	 * dictionary, all words at once ({@link IndexTerms}); with a backend that cannot tell, from a
	 * count query per word.
	 */
	private Set<String> misspelled(SearchSession session, SearchQuery query, List<Long> versions) {
		List<String> candidates = query.words().stream().filter(word -> SearchQuery.editDistance(word) > 0).toList();
		if (candidates.isEmpty()) {
			return Set.of();
		}
		return this.indexTerms.unknown(candidates, languages(versions))
			.orElseGet(() -> candidates.stream()
				.filter(word -> session.search(Question.class)
					.where(f -> QueryPredicates.spelledAsTyped(f, this.textClauses.forSearch(languages(versions)), word, versions))
					.fetchTotalHitCount() == 0)
				.collect(Collectors.toSet()));
	}

	private Set<AnalysedLanguage> languages(List<Long> versions) {
		return this.servedLanguages.of(versions);
	}

	private long countMatches(SearchSession session, SearchQuery query, List<Long> versions) {
		return session.search(Question.class)
			.where(f -> QueryPredicates.of(f, this.textClauses.forSearch(languages(versions)), query, versions, SearchFilters.NONE))
			.fetchTotalHitCount();
	}

	/**
	 * The words a search for misspelled words meant ({@link DidYouMean#correct}), beyond those typed:
	 * they are marked too, in snippets, titles and the page a result opens.
	 */
	private static List<String> corrections(SearchQuery query, String corrected) {
		if (corrected == null) {
			return List.of();
		}
		Set<String> typed = query.words().stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		return java.util.Arrays.stream(corrected.split(" ")).filter(word -> !typed.contains(word)).distinct().toList();
	}

	/** @param corrections the words meant by misspelled ones ({@link #corrections}), marked as well */
	private List<SearchResults.Hit> hits(SearchSession session, List<ShownHit> ranked, SearchQuery query,
			List<String> corrections, List<Long> versions, Set<AnalysedLanguage> languages) {
		List<ShownHit> rows = answersBeforeTheirPrompts(ranked);
		List<String> markedWords = new ArrayList<>(query.terms());
		markedWords.addAll(corrections);
		Map<Long, HitSnippets.Marked> snippets = this.snippets.of(session, rows, query, corrections, versions,
				languages);
		String highlight = URLEncoder.encode(String.join(" ", markedWords), StandardCharsets.UTF_8);
		Snippets.WordMarks wordMarks = Snippets.marks(markedWords);
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (ShownHit row : rows) {
			HitSnippets.Marked marked = snippets.getOrDefault(row.id(), HitSnippets.Marked.none(row.id()));
			String snippet = marked.snippet();
			boolean code = false;
			if (!snippet.contains("<mark>")) {
				String lines = wordMarks.code(row.codeLines());
				code = !lines.isEmpty() && (snippet.isBlank() || lines.contains("<mark>"));
				snippet = code ? lines : snippet;
			}
			String anchor = marked.headings().stream().map(row::anchorOf).filter(found -> found != null).findFirst().orElse(null);
			hits.add(new SearchResults.Hit(row.key(), row.guide(), row.topic(), row.slug(), row.title(),
					row.pagePath() + "?hl=" + highlight, anchor, snippet, row.score(), row.topicTitle(),
					wordMarks.mark(row.title()), code));
		}
		return hits;
	}

	/**
	 * The hits with the questions whose answers list prompts of the hits placed before those
	 * prompts, the best-scored question first: a prompt's words are in that answer too, so both
	 * match alike, and the question with an answer is the better result (a prompt, being all
	 * title, would otherwise outrank it).
	 */
	private List<ShownHit> answersBeforeTheirPrompts(List<ShownHit> rows) {
		Map<Long, ShownHit> byId = rows.stream().collect(Collectors.toMap(ShownHit::id, Function.identity(), (a, b) -> a));
		Set<Long> parents = new LinkedHashSet<>();
		for (ShownHit row : rows) {
			if (row.prompt()) {
				this.promptParents.of(row.id()).filter(byId::containsKey).ifPresent(parents::add);
			}
		}
		List<ShownHit> ordered = new ArrayList<>();
		Set<Long> placed = new java.util.HashSet<>();
		for (ShownHit row : rows) {
			if (row.prompt() && !parents.isEmpty()) {
				parents.stream()
					.map(byId::get)
					.sorted(Comparator.comparing(ShownHit::score).reversed())
					.filter(parent -> placed.add(parent.id()))
					.forEach(ordered::add);
			}
			if (placed.add(row.id())) {
				ordered.add(row);
			}
		}
		return ordered;
	}

	private List<SearchResults.TopicFacet> facets(Map<String, Long> counts, List<Long> versions) {
		Map<String, String> titles = this.topicTitles.of(versions);
		return counts.entrySet()
			.stream()
			.filter(entry -> titles.containsKey(entry.getKey()))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> new SearchResults.TopicFacet(entry.getKey().substring(entry.getKey().indexOf('/') + 1),
					titles.get(entry.getKey()), entry.getValue(),
					entry.getKey().substring(0, entry.getKey().indexOf('/'))))
			.toList();
	}

}
