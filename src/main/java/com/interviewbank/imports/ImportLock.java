package com.interviewbank.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import at a time across every node sharing the database: a row that an import takes by
 * writing its token into it, each change in a transaction of its own so the other nodes see it at
 * once. The holder beats every 5 seconds; a lock whose heartbeat has been silent for
 * {@link #SILENCE} (its node died) is free at once. The lease, renewed at each phase, stays as a
 * last resort.
 */
@Component
class ImportLock {

	static final Duration LEASE = Duration.ofMinutes(5);

	static final Duration SILENCE = Duration.ofSeconds(20);

	/** What runs now, on whichever node. */
	record Running(String guide, String phase, Instant startedAt) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private volatile String token;

	ImportLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	boolean tryAcquire() {
		String candidate = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		Integer taken = this.ownTransaction.execute(status -> this.jdbc.update(
				"update import_lock set owner = ?, guide = null, phase = null, started_at = ?, expires_at = ?, heartbeat_at = ?"
						+ " where name = 'import' and (owner is null or expires_at < ? or heartbeat_at < ?)",
				candidate, Timestamp.from(now), Timestamp.from(now.plus(LEASE)), Timestamp.from(now), Timestamp.from(now),
				Timestamp.from(now.minus(SILENCE))));
		if (taken == null || taken != 1) {
			return false;
		}
		this.token = candidate;
		return true;
	}

	/** The token of the import this node runs now, or null. */
	String token() {
		return this.token;
	}

	@Scheduled(fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
	void heartbeat() {
		String held = this.token;
		if (held != null) {
			this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
					"update import_lock set heartbeat_at = ? where name = 'import' and owner = ?",
					Timestamp.from(this.clock.instant()), held));
		}
	}

	/** The token of the import running now on any node, if its node is alive. */
	Optional<String> liveOwner() {
		Instant now = this.clock.instant();
		List<String> owners = this.jdbc.queryForList(
				"select owner from import_lock where name = 'import' and owner is not null and expires_at > ?"
						+ " and (heartbeat_at is null or heartbeat_at > ?)",
				String.class, Timestamp.from(now), Timestamp.from(now.minus(SILENCE)));
		return owners.stream().findFirst();
	}

	void phase(String guide, String phase) {
		Instant now = this.clock.instant();
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
				"update import_lock set guide = ?, phase = ?, expires_at = ? where name = 'import' and owner = ?", guide,
				phase, Timestamp.from(now.plus(LEASE)), this.token));
	}

	void release() {
		String held = this.token;
		this.token = null;
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.update(
				"update import_lock set owner = null, guide = null, phase = null, started_at = null, expires_at = null,"
						+ " heartbeat_at = null"
						+ " where name = 'import' and owner = ?",
				held));
	}

	Optional<Running> running() {
		List<Running> running = this.ownTransaction.execute(status -> this.jdbc.query(
				"select guide, phase, started_at from import_lock where name = 'import' and owner is not null and phase is not null"
						+ " and expires_at > ? and (heartbeat_at is null or heartbeat_at > ?)",
				(row, number) -> new Running(row.getString("guide"), row.getString("phase"),
						row.getTimestamp("started_at").toInstant()),
				Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant().minus(SILENCE))));
		return running.stream().findFirst();
	}

}
