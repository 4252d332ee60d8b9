package com.interviewbank.search;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Recent answers to searches and suggestions. Every key holds the fingerprint of the content this
 * node serves, which changes with any import or change of a guide, so an answer is never served
 * for content it was not computed from; old keys simply age out. Bounded by Caffeine
 * ({@code bank.search.cache-size} answers, 0 to turn it off); its hits and misses are the
 * {@code cache.gets} metric tagged {@code cache=search}.
 */
@Component
class SearchCache {

	/** Null when turned off. */
	private final Cache<Object, Object> answers;

	@Autowired
	SearchCache(SearchProperties properties, ObjectProvider<MeterRegistry> registry) {
		this(properties.cacheSize());
		if (this.answers != null) {
			registry.ifAvailable(meters -> CaffeineCacheMetrics.monitor(meters, this.answers, "search"));
		}
	}

	SearchCache(int capacity) {
		this.answers = (capacity > 0) ? Caffeine.newBuilder().maximumSize(capacity).recordStats().build() : null;
	}

	/**
	 * The cached answer for this key, or the computed one, kept if the content it was computed from
	 * is still the content served (two threads asking for the same new key may both compute it:
	 * cheaper than making every search wait on one lock).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute, BooleanSupplier stillCurrent) {
		if (this.answers == null) {
			return compute.get();
		}
		Object cached = this.answers.getIfPresent(key);
		if (cached != null) {
			return (T) cached;
		}
		T value = compute.get();
		if (stillCurrent.getAsBoolean()) {
			this.answers.put(key, value);
		}
		return value;
	}

	/** Settles pending evictions now (Caffeine does it in the background), for tests. */
	long size() {
		if (this.answers == null) {
			return 0;
		}
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

}
