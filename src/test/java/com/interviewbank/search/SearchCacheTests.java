package com.interviewbank.search;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
	void shouldHoldNoMoreAnswersThanItsCapacity() {
		SearchCache cache = new SearchCache(2);
		for (int i = 0; i < 50; i++) {
			String key = "query " + i;
			cache.get(key, () -> compute(key), () -> true);
		}
		assertThat(cache.size()).isEqualTo(2);
		assertThat(this.computed).hasValue(50);
	}

	@Test
	void shouldComputeEveryTimeWhenTurnedOff() {
		SearchCache cache = new SearchCache(0);
		cache.get("gil", () -> compute("one"), () -> true);
		assertThat(cache.get("gil", () -> compute("two"), () -> true)).isEqualTo("two");
		assertThat(this.computed).hasValue(2);
	}

}
