package com.interviewbank.bank;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The phase of the import running now (parsing, diffing, writing, switching), for the admin page
 * to show while it runs. On one node; the import lock makes it the only one.
 */
@Component
public class ImportProgress {

	/** What is running: its guide, phase, and how long it has been running. */
	public record Snapshot(boolean running, String guide, String phase, long millis) {
	}

	private record Running(String guide, String phase, long startedAt) {
	}

	private final AtomicReference<Running> current = new AtomicReference<>();

	private final Clock clock;

	ImportProgress(Clock clock) {
		this.clock = clock;
	}

	void phase(String guide, String phase) {
		Running before = this.current.get();
		long startedAt = before != null ? before.startedAt() : this.clock.millis();
		this.current.set(new Running(guide, phase, startedAt));
	}

	void finished() {
		this.current.set(null);
	}

	public Snapshot snapshot() {
		Running running = this.current.get();
		if (running == null) {
			return new Snapshot(false, null, null, 0);
		}
		return new Snapshot(true, running.guide(), running.phase(),
				Duration.ofMillis(this.clock.millis() - running.startedAt()).toMillis());
	}

}
