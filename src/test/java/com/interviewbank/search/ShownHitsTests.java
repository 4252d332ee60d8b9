package com.interviewbank.search;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.guide.Question;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * What hits show is read from the index once per content and then kept: in the ranked order, with
 * the ranked scores, equal to what the index holds; never kept for content no longer served, and
 * never served for another content's fingerprint.
 */
@SeedBankTest
class ShownHitsTests {

	private static final long ONE_MEGABYTE = 1 << 20;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private HitSnippets snippets;

	@Test
	void shouldShowTheHitsInTheirRankedOrderWithTheirScoresAsTheIndexHoldsThem() {
		ShownHits shown = new ShownHits(this.snippets, ONE_MEGABYTE);
		inSession(session -> {
			List<ShownHits.Ranked> ranked = ranked(session, "garbage collection");
			List<ShownHit> hits = shown.of(session, ranked, "content-1", () -> true);
			assertThat(hits).extracting(ShownHit::id).containsExactlyElementsOf(ranked.stream().map(ShownHits.Ranked::id).toList());
			assertThat(hits).extracting(ShownHit::score)
				.containsExactlyElementsOf(ranked.stream().map(ShownHits.Ranked::score).toList());
			List<ShownHit> fromTheIndex = session.search(Question.class)
				.select(this.snippets::projection)
				.where(f -> f.id().matchingAny(ranked.stream().map(ShownHits.Ranked::id).toList()))
				.fetchAllHits();
			assertThat(hits).allSatisfy(hit -> assertThat(fromTheIndex)
				.anySatisfy(read -> assertThat(read.withScore(hit.score())).isEqualTo(hit)));
			assertThat(hits).allSatisfy(hit -> assertThat(hit.title()).isNotBlank());
			return null;
		});
	}

	@Test
	void shouldKeepWhatItReadOncePerContentAndShowTheSameAgain() {
		ShownHits shown = new ShownHits(this.snippets, ONE_MEGABYTE);
		inSession(session -> {
			List<ShownHits.Ranked> ranked = ranked(session, "decorator");
			List<ShownHit> first = shown.of(session, ranked, "content-1", () -> true);
			assertThat(shown.size()).isEqualTo(ranked.size());
			// Kept: shown again without a query (a session that cannot search would fail).
			assertThat(shown.of(mock(SearchSession.class), ranked, "content-1", () -> true)).isEqualTo(first);
			assertThat(shown.size()).isEqualTo(ranked.size());
			// Another content (a guide renamed, a version published): read again, not served from the old.
			assertThat(shown.of(session, ranked, "content-2", () -> true)).isEqualTo(first);
			assertThat(shown.size()).isEqualTo(2L * ranked.size());
			return null;
		});
	}

	@Test
	void shouldMergeKeptAndNewHitsInTheOrderAndWithTheScoresOfThisSearch() {
		ShownHits shown = new ShownHits(this.snippets, ONE_MEGABYTE);
		inSession(session -> {
			List<ShownHits.Ranked> ranked = ranked(session, "garbage collection");
			// Every other hit kept by an earlier search, with scores of its own.
			List<ShownHits.Ranked> earlier = new java.util.ArrayList<>();
			for (int i = 1; i < ranked.size(); i += 2) {
				earlier.add(new ShownHits.Ranked(ranked.get(i).id(), 1000f + i));
			}
			shown.of(session, earlier, "content-1", () -> true);
			List<ShownHits.Ranked> reordered = new java.util.ArrayList<>(ranked);
			java.util.Collections.reverse(reordered);
			List<ShownHit> hits = shown.of(session, reordered, "content-1", () -> true);
			assertThat(hits).extracting(ShownHit::id)
				.containsExactlyElementsOf(reordered.stream().map(ShownHits.Ranked::id).toList());
			assertThat(hits).extracting(ShownHit::score)
				.containsExactlyElementsOf(reordered.stream().map(ShownHits.Ranked::score).toList());
			assertThat(shown.size()).isEqualTo(ranked.size());
			return null;
		});
	}

	@Test
	void shouldKeepNoMoreThanItsSizeAllows() {
		ShownHits tiny = new ShownHits(this.snippets, 1024);
		inSession(session -> {
			List<ShownHits.Ranked> ranked = ranked(session, "decorator");
			assertThat(tiny.of(session, ranked, "content-1", () -> true)).hasSameSizeAs(ranked);
			assertThat(tiny.size()).isLessThan(ranked.size());
			return null;
		});
	}

	@Test
	void shouldKeepNothingReadForContentNoLongerServedNorWhenTurnedOff() {
		ShownHits stale = new ShownHits(this.snippets, ONE_MEGABYTE);
		ShownHits off = new ShownHits(this.snippets, 0);
		inSession(session -> {
			List<ShownHits.Ranked> ranked = ranked(session, "asyncio event loop");
			// The content changed while the hits were read: asked once, for what was read.
			java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
			assertThat(stale.of(session, ranked, "content-1", () -> checks.incrementAndGet() == 0)).hasSameSizeAs(ranked);
			assertThat(checks).hasValue(1);
			assertThat(stale.size()).isZero();
			assertThat(off.of(session, ranked, "content-1", () -> true)).hasSameSizeAs(ranked);
			assertThat(off.size()).isZero();
			return null;
		});
	}

	private List<ShownHits.Ranked> ranked(SearchSession session, String words) {
		List<ShownHits.Ranked> ranked = session.search(Question.class)
			.select(ShownHits.Ranked::projection)
			.where(f -> f.simpleQueryString().fields(IndexFields.TITLE_STD, IndexFields.PROSE_STD).matching(words))
			.fetchHits(10);
		assertThat(ranked).hasSizeGreaterThan(1);
		return ranked;
	}

	private void inSession(Function<SearchSession, Void> work) {
		try (EntityManager entityManager = this.entityManagers.createEntityManager()) {
			work.apply(Search.session(entityManager));
		}
	}

}
