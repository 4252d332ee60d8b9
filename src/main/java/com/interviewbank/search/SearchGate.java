package com.interviewbank.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets only a few searches run on the index at once, the others waiting their turn in the order
 * they came. A search is all CPU: with 200 clients, 200 searches at once on two cores slowed every
 * one of them (and the garbage collector) until answers took seconds; in line, each runs at full
 * speed and the wait is spread fairly.
 */
@Component
class SearchGate {

	private final Semaphore permits;

	SearchGate(SearchProperties properties) {
		int concurrency = properties.concurrency() > 0 ? properties.concurrency()
				: 2 * Runtime.getRuntime().availableProcessors();
		this.permits = new Semaphore(concurrency, true);
	}

	<T> T run(Supplier<T> search) {
		this.permits.acquireUninterruptibly();
		try {
			return search.get();
		}
		finally {
			this.permits.release();
		}
	}

}
