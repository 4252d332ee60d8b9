package com.interviewbank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.Question;

/**
 * The snippets of a page of hits, and the headings that matched: marked in the application on the
 * Lucene backend ({@link LocalSnippets}), highlighted by the cluster on Elasticsearch/OpenSearch.
 * Either way they mark the words typed and those a misspelled search meant.
 */
@Component
class HitSnippets {

	private static final int SNIPPET_LENGTH = 200;

	private final LocalSnippets localSnippets;

	private final ServedLanguages servedLanguages;

	HitSnippets(LocalSnippets localSnippets, ServedLanguages servedLanguages) {
		this.localSnippets = localSnippets;
		this.servedLanguages = servedLanguages;
	}

	/**
	 * What a hit shows, as read from the index once for the content served ({@link ShownHits}):
	 * with its text when the snippets are marked here.
	 */
	ProjectionFinalStep<ShownHit> projection(SearchProjectionFactory<?, ?> f) {
		return this.localSnippets.available() ? ShownHit.withText(f) : ShownHit.projection(f);
	}

	/**
	 * @param rows the hits, projected by {@link #projection}
	 * @param corrections the words a misspelled search meant, beyond those typed
	 */
	Map<Long, Marked> of(SearchSession session, List<ShownHit> rows, SearchQuery query, List<String> corrections,
			List<Long> versions, Set<AnalysedLanguage> languages) {
		boolean standardSnippets = this.servedLanguages.standardSnippets(versions);
		List<String> words = new ArrayList<>(query.words());
		words.addAll(corrections);
		return this.localSnippets.available()
				? markedHere(rows, words, query.phrases(), versions, languages, standardSnippets)
				: byTheCluster(session, rows.stream().map(ShownHit::id).toList(), words, query, languages,
						SnippetFields.of(languages, standardSnippets));
	}

	/** Snippets marked in this process, from the text the hits were projected with ({@link LocalSnippets}). */
	private Map<Long, Marked> markedHere(List<ShownHit> rows, List<String> words, List<String> phrases,
			List<Long> versions, Set<AnalysedLanguage> languages, boolean standardSnippets) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		LocalSnippets.Marker marker = this.localSnippets.marker(words, phrases, languages, standardSnippets);
		Map<Long, Marked> marked = new java.util.HashMap<>();
		for (ShownHit row : rows) {
			Optional<AnalysedLanguage> language = this.servedLanguages.ofGuide(versions, row.guide());
			marked.putIfAbsent(row.id(), new Marked(row.id(), marker.snippet(language, row.prose(), SNIPPET_LENGTH),
					marker.markedHeadings(language, row.headings())));
		}
		return marked;
	}

	/**
	 * Snippets for one page of hits by the backend's highlighter (Elasticsearch/OpenSearch), from a
	 * second, small query: the words (no typos, no prefixes) in the snippet fields, against only
	 * those hits. The fast vector highlighter works
	 * out the terms to mark from its query again for every field of every hit: from the ranking
	 * query (every word in every field, with its typo automata, prefixes and phrases twice over)
	 * that cost more than this second query, in the profile of issue 15.
	 */
	private Map<Long, Marked> byTheCluster(SearchSession session, List<Long> ids, List<String> words,
			SearchQuery query, Set<AnalysedLanguage> languages, SnippetFields snippetFields) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return session.search(Question.class)
			.select(f -> marked(f, snippetFields))
			.where(f -> QueryPredicates.highlightTerms(f, languages, snippetFields.standard(), words, query, ids))
			.highlighter(HitSnippets::fastVector)
			.fetchHits(ids.size())
			.stream()
			.collect(Collectors.toMap(Marked::id, Function.identity(), (a, b) -> a));
	}

	/**
	 * A hit's snippets from the {@link SnippetFields} only: every highlighted field costs a read of
	 * the hit's stored text and term vectors, even a field the hit leaves empty.
	 */
	private static ProjectionFinalStep<Marked> marked(SearchProjectionFactory<?, ?> f, SnippetFields fields) {
		return f.composite()
			.from(f.id(Long.class),
					f.composite().from(highlights(f, fields.prose())).asList(HitSnippets::firstNonEmpty),
					f.composite().from(highlights(f, fields.headings())).asList(HitSnippets::firstNonEmpty))
			.as((id, snippet, headings) -> new Marked(id, Snippets.of(snippet), markedHeadings(headings)));
	}

	private static HighlighterFinalStep fastVector(SearchHighlighterFactory f) {
		return f.fastVector()
			.tag("<mark>", "</mark>")
			.encoder(HighlighterEncoder.HTML)
			.fragmentSize(SNIPPET_LENGTH)
			.numberOfFragments(1)
			.noMatchSize(SNIPPET_LENGTH);
	}

	/** The text of each highlighted line (a subsection heading) with a matched word, in order. */
	private static List<String> markedHeadings(String highlightedHeadings) {
		if (highlightedHeadings == null || !highlightedHeadings.contains("<mark>")) {
			return List.of();
		}
		return java.util.Arrays.stream(highlightedHeadings.split("\n"))
			.filter(line -> line.contains("<mark>"))
			.map(line -> org.jsoup.Jsoup.parse(line).text())
			.toList();
	}

	/**
	 * The fields snippets are highlighted in: each analysed language's first (their highlights mark
	 * whole words), then the standard ones when the guides served need them
	 * ({@link ServedLanguages#standardSnippets}).
	 */
	private record SnippetFields(List<String> prose, List<String> headings, boolean standard) {

		static SnippetFields of(Set<AnalysedLanguage> languages, boolean standard) {
			List<String> prose = new ArrayList<>(languages.stream().map(AnalysedLanguage::proseField).toList());
			List<String> headings = new ArrayList<>(languages.stream().map(AnalysedLanguage::headingsField).toList());
			if (standard) {
				prose.add(IndexFields.PROSE_STD);
				headings.add(IndexFields.HEADINGS_STD);
			}
			return new SnippetFields(List.copyOf(prose), List.copyOf(headings), standard);
		}

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

	/**
	 * A hit's snippet, as HTML with {@code <mark>} around matches, and the text of its headings with
	 * a match, in order (the first that is a subsection's gives the result its anchor).
	 */
	record Marked(Long id, String snippet, List<String> headings) {

		/** No snippet and no heading: a hit the highlighter returned nothing for. */
		static Marked none(Long id) {
			return new Marked(id, "", List.of());
		}

	}

}
