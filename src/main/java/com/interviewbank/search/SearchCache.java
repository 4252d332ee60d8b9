package com.interviewbank.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recent answers to searches and suggestions. Every key holds the fingerprint of the content this
 * node serves, which changes with any import or change of a guide, so an answer is never served
 * for content it was not computed from; old keys simply age out. Bounded, least recently used out
 * first ({@code bank.search.cache-size}, 0 to turn it off).
 */
@Component
class SearchCache {

	private final int capacity;

	private final Map<Object, Object> entries;

	SearchCache(@Value("${bank.search.cache-size:2000}") int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
				return size() > capacity;
			}

		};
	}

	/**
	 * The cached answer for this key, or the computed one, kept if the content it was computed from
	 * is still the content served (two threads asking for the same new key may both compute it:
	 * cheaper than making every search wait on one lock).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute, BooleanSupplier stillCurrent) {
		if (this.capacity <= 0) {
			return compute.get();
		}
		synchronized (this.entries) {
			Object cached = this.entries.get(key);
			if (cached != null) {
				return (T) cached;
			}
		}
		T value = compute.get();
		if (stillCurrent.getAsBoolean()) {
			synchronized (this.entries) {
				this.entries.put(key, value);
			}
		}
		return value;
	}

}
