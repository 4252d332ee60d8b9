package com.interviewbank.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.interviewbank.guide.Question;

/**
 * What the hits of a search show ({@link ShownHit}: title, links, the text a snippet is cut from),
 * kept in memory by question for the content served. The ranked query projects only ids and scores,
 * which the index reads from doc values; a hit's stored fields are read once per content, by a
 * query for the hits not kept yet, instead of on every search (a block of stored fields is
 * decompressed for each hit read: 11% of a search in the profile of issue 15).
 * <p>
 * Keys hold the content's fingerprint, as {@link SearchCache}'s do, so a renamed guide or a new
 * version is never shown from an older reading; old keys age out. Bounded by the characters kept
 * ({@code bank.search.hit-cache-size}, 0 turns it off); its hits and misses are the
 * {@code cache.gets} metric tagged {@code cache=hits}.
 */
@Component
class ShownHits {

	/** A hit as the ranked query finds it. */
	record Ranked(Long id, float score) {

		static ProjectionFinalStep<Ranked> projection(SearchProjectionFactory<?, ?> f) {
			return f.composite().from(f.id(Long.class), f.score()).as(Ranked::new);
		}

	}

	private record Key(String content, Long id) {
	}

	private final HitSnippets snippets;

	/** Null when turned off. */
	private final Cache<Key, ShownHit> kept;

	@Autowired
	ShownHits(HitSnippets snippets, SearchProperties properties, ObjectProvider<MeterRegistry> registry) {
		this(snippets, properties.hitCacheSize().toBytes());
		if (this.kept != null) {
			registry.ifAvailable(meters -> CaffeineCacheMetrics.monitor(meters, this.kept, "hits"));
		}
	}

	ShownHits(HitSnippets snippets, long maxBytes) {
		this.snippets = snippets;
		this.kept = (maxBytes > 0)
				? Caffeine.newBuilder().maximumWeight(maxBytes).<Key, ShownHit>weigher((key, hit) -> hit.weight()).recordStats().build()
				: null;
	}

	/**
	 * The hits in their ranked order, with their ranked scores.
	 *
	 * @param content the fingerprint of the content the search ran on
	 * @param stillCurrent whether that content is still the content served: hits read from the index
	 * are kept only then
	 */
	List<ShownHit> of(SearchSession session, List<Ranked> ranked, String content, BooleanSupplier stillCurrent) {
		Map<Long, ShownHit> found = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Ranked hit : ranked) {
			ShownHit kept = (this.kept != null) ? this.kept.getIfPresent(new Key(content, hit.id())) : null;
			if (kept != null) {
				found.put(hit.id(), kept);
			}
			else {
				missing.add(hit.id());
			}
		}
		if (!missing.isEmpty()) {
			List<ShownHit> read = session.search(Question.class)
				.select(this.snippets::projection)
				.where(f -> f.id().matchingAny(missing))
				.fetchHits(missing.size());
			boolean keep = this.kept != null && stillCurrent.getAsBoolean();
			for (ShownHit hit : read) {
				found.put(hit.id(), hit);
				if (keep) {
					this.kept.put(new Key(content, hit.id()), hit);
				}
			}
		}
		return ranked.stream()
			.filter(hit -> found.containsKey(hit.id()))
			.map(hit -> found.get(hit.id()).withScore(hit.score()))
			.toList();
	}

	/** Settles pending evictions now (Caffeine does it in the background), for tests. */
	long size() {
		if (this.kept == null) {
			return 0;
		}
		this.kept.cleanUp();
		return this.kept.estimatedSize();
	}

}
