package com.interviewbank.markdown;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs flexmark on a thread with a large stack. flexmark recurses not only per level of nesting,
 * which {@link NestingGuard} limits, but inside regular expressions per character of some inputs
 * (a long HTML comment, a long run of {@code _}), which no cheap scan can foresee; a request
 * thread's default stack overflows on a few thousand characters of those.
 */
final class LargeStack {

	private static final long STACK_BYTES = 512L * 1024 * 1024;

	private LargeStack() {
	}

	static <T> T call(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				result.set(work.get());
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "guide-parser", STACK_BYTES);
		thread.start();
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading a guide", ex);
		}
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		return result.get();
	}

}
