package com.interviewbank.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.AnswerAnchor;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.ServedContent;
import com.interviewbank.guide.TopicRef;
import com.interviewbank.guide.TopicRepository;

/**
 * Searches the versions of the guides this node serves: ranked results with snippets, facets and
 * a "did you mean", suggestions as you type, and related questions.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	public static final int MAX_PAGE_SIZE = 50;

	/** Deep pages are no use to a reader and cost the index; beyond this, a page is empty. */
	private static final int MAX_PAGE = 1000;

	private static final int SNIPPET_LENGTH = 200;

	private static final int SUGGESTIONS = 8;

	private static final AggregationKey<Map<String, Long>> TOPICS = AggregationKey.of("topics");

	private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");

	private static final AggregationKey<Map<Integer, Long>> DIFFICULTIES = AggregationKey.of("difficulty");

	/** The most tags a search offers as filters. */
	private static final int MAX_TAG_FACETS = 30;

	private final EntityManager entityManager;

	private final ServedContent content;

	private final QuestionRepository questions;

	private final TopicRepository topics;

	private final DidYouMean didYouMean;

	private final SearchCache cache;

	private final ServedLanguages servedLanguages;

	SearchService(EntityManager entityManager, ServedContent content, QuestionRepository questions,
			TopicRepository topics, DidYouMean didYouMean, SearchCache cache, ServedLanguages servedLanguages) {
		this.servedLanguages = servedLanguages;
		this.cache = cache;
		this.entityManager = entityManager;
		this.content = content;
		this.questions = questions;
		this.topics = topics;
		this.didYouMean = didYouMean;
	}

	/** A suggestion as you type. */
	public record Suggestion(String title, String url) {
	}

	/** A question related to another. */
	public record Related(String title, String titleHtml, String url) {
	}

	private record SearchKey(String content, String query, SearchFilters filters, int page, int size) {
	}

	private record SuggestKey(String content, String query) {
	}

	public SearchResults search(String raw, String guide, String topic, int page, int size) {
		return search(raw, new SearchFilters(guide, topic, null, null), page, size);
	}

	/** A search; with a tag or a difficulty and no words, every question the filters keep. */
	public SearchResults search(String raw, SearchFilters filters, int page, int size) {
		String content = this.content.fingerprint();
		return this.cache.get(new SearchKey(content, raw, filters, page, size),
				() -> searchIndex(raw, filters, page, size), () -> content.equals(this.content.fingerprint()));
	}

	public List<Suggestion> suggest(String raw) {
		String content = this.content.fingerprint();
		return this.cache.get(new SuggestKey(content, raw), () -> suggestFromIndex(raw),
				() -> content.equals(this.content.fingerprint()));
	}

	private SearchResults searchIndex(String raw, SearchFilters filters, int page, int size) {
		SearchQuery query = SearchQuery.parse(raw);
		int safePage = Math.max(0, Math.min(MAX_PAGE, page));
		int safeSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		List<Long> versions = this.content.servedVersionIds();
		if ((query.isEmpty() && !filters.listsWithoutWords()) || versions.isEmpty()) {
			return SearchResults.empty(query, safePage, safeSize);
		}
		SearchResult<RankedHit> result = Search.session(this.entityManager)
			.search(Question.class)
			.select(f -> f.composite().from(f.id(Long.class), f.score()).as(RankedHit::new))
			.where(f -> query.isEmpty() ? QueryPredicates.filteredOnly(f, versions, filters)
					: QueryPredicates.of(f, languages(versions), query, versions, filters, misspelled(query, versions)))
			.aggregation(TOPICS, f -> f.terms().field(IndexFields.TOPIC, String.class).maxTermCount(200))
			.aggregation(TAGS, f -> f.terms().field(IndexFields.TAG, String.class).maxTermCount(MAX_TAG_FACETS))
			.aggregation(DIFFICULTIES, f -> f.terms().field(IndexFields.DIFFICULTY, Integer.class))
			.fetch(safePage * safeSize, page > MAX_PAGE ? 0 : safeSize);
		long total = result.total().hitCount();
		List<SearchResults.Hit> hits = hits(result.hits(), query);
		String suggestion = total == 0 && !query.isEmpty() ? this.didYouMean.suggest(query, versions, this::countMatches)
				: null;
		return new SearchResults(query.text(), total, safePage, safeSize, suggestion,
				new SearchResults.Facets(facets(result.aggregation(TOPICS), versions), tagFacets(result.aggregation(TAGS)),
						difficultyFacets(result.aggregation(DIFFICULTIES))),
				hits, query.notice());
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
		List<Long> ids = Search.session(this.entityManager)
			.search(Question.class)
			.select(f -> f.id(Long.class))
			.where(f -> QueryPredicates.titlePrefixes(f, languages(versions), query, versions))
			.fetchHits(SUGGESTIONS);
		Map<Long, Question> loaded = load(ids);
		// Titles that start with what was typed first, whatever the scores of the other words say.
		String typed = query.normalized();
		return ids.stream()
			.map(loaded::get)
			.filter(q -> q != null)
			.sorted(Comparator.comparing(q -> !q.getTitle().toLowerCase(Locale.ROOT).startsWith(typed)))
			.map(q -> new Suggestion(q.getTitle(), q.pagePath()))
			.toList();
	}

	private static final int RELATED_LETTERS = 80;

	/** Questions that share the most words with this one's title and subsections. */
	public List<Related> related(long questionId, String title, List<String> subsectionTitles, int limit) {
		List<Long> versions = this.content.servedVersionIds();
		Set<String> words = new LinkedHashSet<>();
		int letters = 0;
		for (String text : concat(title, subsectionTitles)) {
			for (String word : text.split("[^\\p{L}\\p{N}_]+")) {
				// A run of Chinese is one "word" analysed into a clause per character pair: keep the
				// query within Lucene's clause limit on a question with long Chinese subsections.
				if (word.length() > 2 && letters < RELATED_LETTERS) {
					String kept = word.substring(0, Math.min(word.length(), 20));
					words.add(kept);
					letters += kept.length();
				}
			}
		}
		if (words.isEmpty() || versions.isEmpty()) {
			return List.of();
		}
		List<Long> ids = Search.session(this.entityManager)
			.search(Question.class)
			.select(f -> f.id(Long.class))
			.where(f -> QueryPredicates.relatedTo(f, languages(versions), new ArrayList<>(words), questionId, versions))
			.fetchHits(limit);
		Map<Long, Question> loaded = load(ids);
		return ids.stream()
			.map(loaded::get)
			.filter(q -> q != null)
			.map(q -> new Related(q.getTitle(), q.getTitleHtml(), q.pagePath()))
			.toList();
	}

	/** The words long enough for typos that no document holds as typed. */
	private java.util.Set<String> misspelled(SearchQuery query, List<Long> versions) {
		java.util.Set<String> misspelled = new java.util.HashSet<>();
		for (String word : query.words()) {
			if (SearchQuery.editDistance(word) > 0 && Search.session(this.entityManager)
				.search(Question.class)
				.where(f -> QueryPredicates.spelledAsTyped(f, languages(versions), word, versions))
				.fetchTotalHitCount() == 0) {
				misspelled.add(word);
			}
		}
		return misspelled;
	}

	private Set<AnalysedLanguage> languages(List<Long> versions) {
		return this.servedLanguages.of(versions);
	}

	private long countMatches(SearchQuery query, List<Long> versions) {
		return Search.session(this.entityManager)
			.search(Question.class)
			.where(f -> QueryPredicates.of(f, languages(versions), query, versions, SearchFilters.NONE))
			.fetchTotalHitCount();
	}

	/**
	 * Snippets for one page of hits, from a second, cheap query: the words as typed (no typos, no
	 * prefixes) against only those hits. Highlighting with the ranking query rebuilt its fuzzy
	 * automata for every field of every hit, which cost most of a search.
	 */
	private Map<Long, Marked> highlights(List<Long> ids, SearchQuery query) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return Search.session(this.entityManager)
			.search(Question.class)
			.select(f -> f.composite()
				.from(f.id(Long.class),
						f.composite().from(highlights(f, proseFields())).asList(SearchService::firstNonEmpty),
						f.composite().from(highlights(f, headingsFields())).asList(SearchService::firstNonEmpty))
				.as(Marked::new))
			.where(f -> QueryPredicates.highlightTerms(f, languages(this.content.servedVersionIds()), query, ids))
			.highlighter(f -> f.plain()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(SNIPPET_LENGTH)
				.numberOfFragments(1)
				.noMatchSize(SNIPPET_LENGTH))
			.fetchHits(ids.size())
			.stream()
			.collect(Collectors.toMap(Marked::id, Function.identity(), (a, b) -> a));
	}

	private List<SearchResults.Hit> hits(List<RankedHit> rows, SearchQuery query) {
		List<Long> ids = rows.stream().map(RankedHit::id).toList();
		Map<Long, Question> loaded = load(ids);
		Map<Long, Marked> highlights = highlights(ids, query);
		String highlight = URLEncoder.encode(String.join(" ", query.terms()), StandardCharsets.UTF_8);
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (RankedHit row : rows) {
			Question question = loaded.get(row.id());
			if (question == null) {
				continue;
			}
			Marked marked = highlights.getOrDefault(question.getId(), new Marked(question.getId(), "", ""));
			String snippet = Snippets.of(marked.snippet());
			String headings = marked.headings();
			String guide = question.getVersion().getGuide().getSlug();
			hits.add(new SearchResults.Hit(question.getStableKey(), guide, question.getTopic().getSlug(),
					question.getSlug(), question.getTitle(), question.pagePath() + "?hl=" + highlight,
					bestAnchor(question, headings), snippet, row.score()));
		}
		return hits;
	}

	/** The subsection whose heading holds a matched word, if any. */
	private static String bestAnchor(Question question, String highlightedHeadings) {
		if (highlightedHeadings == null || !highlightedHeadings.contains("<mark>")) {
			return null;
		}
		for (String line : highlightedHeadings.split("\n")) {
			if (line.contains("<mark>")) {
				String text = org.jsoup.Jsoup.parse(line).text();
				for (AnswerAnchor anchor : question.getSubsections()) {
					if (text.contains(anchor.title()) || anchor.title().contains(text)) {
						return anchor.anchor();
					}
				}
			}
		}
		return null;
	}

	private List<SearchResults.TopicFacet> facets(Map<String, Long> counts, List<Long> versions) {
		Map<String, String> titles = this.topics.findRefs(versions)
			.stream()
			.collect(Collectors.toMap(ref -> IndexFields.topicKey(ref.guide(), ref.slug()), TopicRef::title, (a, b) -> a));
		return counts.entrySet()
			.stream()
			.filter(entry -> titles.containsKey(entry.getKey()))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> new SearchResults.TopicFacet(entry.getKey().substring(entry.getKey().indexOf('/') + 1),
					titles.get(entry.getKey()), entry.getValue(),
					entry.getKey().substring(0, entry.getKey().indexOf('/'))))
			.toList();
	}

	private Map<Long, Question> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.questions.findForResults(ids).stream().collect(Collectors.toMap(Question::getId, Function.identity()));
	}


	/** The prose fields, each analysed language's first: their highlights mark whole words. */
	private static List<String> proseFields() {
		List<String> fields = new ArrayList<>(Arrays.stream(AnalysedLanguage.values()).map(AnalysedLanguage::proseField).toList());
		fields.add(IndexFields.PROSE_STD);
		return fields;
	}

	private static List<String> headingsFields() {
		List<String> fields = new ArrayList<>(Arrays.stream(AnalysedLanguage.values()).map(AnalysedLanguage::headingsField).toList());
		fields.add(IndexFields.HEADINGS_STD);
		return fields;
	}

	private static SearchProjection<?>[] highlights(SearchProjectionFactory<?, ?> f, List<String> fields) {
		return fields.stream().map(field -> f.highlight(field).toProjection()).toArray(SearchProjection<?>[]::new);
	}

	/** The first highlight with a matched word, else the first with any text. */
	private static String firstNonEmpty(List<?> highlights) {
		String fallback = "";
		for (Object highlight : highlights) {
			List<?> candidate = (List<?>) highlight;
			if (!candidate.isEmpty() && !((String) candidate.get(0)).isBlank()) {
				String text = (String) candidate.get(0);
				if (text.contains("<mark>")) {
					return text;
				}
				fallback = fallback.isEmpty() ? text : fallback;
			}
		}
		return fallback;
	}

	/** A hit of the ranking query: which question, and how well it matched. */
	private record RankedHit(Long id, Float score) {
	}

	/** A hit's best prose snippet and its highlighted subsection headings, {@code <mark>} around matches. */
	private record Marked(Long id, String snippet, String headings) {
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest);
		all.add(0, first);
		return all;
	}

}
