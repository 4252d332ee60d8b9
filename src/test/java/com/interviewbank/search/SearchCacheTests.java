package com.interviewbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SearchCacheTests {

	private final AtomicInteger computed = new AtomicInteger();

	private String compute(String answer) {
		this.computed.incrementAndGet();
		return answer;
	}

	@Test
	void shouldAnswerARepeatedKeyFromTheCache() {
		SearchCache cache = new SearchCache(10);
		assertThat(cache.get("gil", () -> compute("first"), () -> true)).isEqualTo("first");
		assertThat(cache.get("gil", () -> compute("second"), () -> true)).isEqualTo("first");
		assertThat(this.computed).hasValue(1);
	}

	@Test
	void shouldNotKeepAnAnswerComputedWhileTheContentChanged() {
		SearchCache cache = new SearchCache(10);
		cache.get("gil", () -> compute("stale"), () -> false);
		assertThat(cache.get("gil", () -> compute("fresh"), () -> true)).isEqualTo("fresh");
	}

	@Test
	void shouldDropTheLeastRecentlyUsedBeyondItsCapacity() {
		SearchCache cache = new SearchCache(2);
		cache.get("a", () -> compute("a"), () -> true);
		cache.get("b", () -> compute("b"), () -> true);
		cache.get("a", () -> compute("a again"), () -> true);
		cache.get("c", () -> compute("c"), () -> true);
		assertThat(cache.get("a", () -> compute("a recomputed"), () -> true)).isEqualTo("a");
		assertThat(cache.get("b", () -> compute("b recomputed"), () -> true)).isEqualTo("b recomputed");
	}

	@Test
	void shouldComputeEveryTimeWhenTurnedOff() {
		SearchCache cache = new SearchCache(0);
		cache.get("gil", () -> compute("one"), () -> true);
		assertThat(cache.get("gil", () -> compute("two"), () -> true)).isEqualTo("two");
		assertThat(this.computed).hasValue(2);
	}

}
