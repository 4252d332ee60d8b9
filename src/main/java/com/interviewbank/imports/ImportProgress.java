package com.interviewbank.imports;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The phase of the import running now (parsing, diffing, writing, switching), for the admin page
 * to show while it runs, whichever node runs it: it is kept with the import lock in the database.
 */
@Component
public class ImportProgress {

	/** What is running: its guide, phase, and how long it has been running. */
	public record Snapshot(boolean running, String guide, String phase, long millis) {
	}

	private final ImportLock lock;

	private final Clock clock;

	ImportProgress(ImportLock lock, Clock clock) {
		this.lock = lock;
		this.clock = clock;
	}

	void phase(String guide, String phase) {
		this.lock.phase(guide, phase);
	}

	public Snapshot snapshot() {
		return this.lock.running()
			.map(running -> new Snapshot(true, running.guide(), running.phase(),
					Duration.between(running.startedAt(), this.clock.instant()).toMillis()))
			.orElseGet(() -> new Snapshot(false, null, null, 0));
	}

}
