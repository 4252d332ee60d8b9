package com.interviewbank.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import at a time across every node sharing the database: a row that an import takes by
 * writing its token into it, each change in a transaction of its own so the other nodes see it at
 * once. The lease is renewed at each phase; a node that dies mid-import frees it when it expires.
 */
@Component
class ImportLock {

	static final Duration LEASE = Duration.ofMinutes(5);

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
				"update import_lock set owner = ?, guide = null, phase = null, started_at = ?, expires_at = ?"
						+ " where name = 'import' and (owner is null or expires_at < ?)",
				candidate, Timestamp.from(now), Timestamp.from(now.plus(LEASE)), Timestamp.from(now)));
		if (taken == null || taken != 1) {
			return false;
		}
		this.token = candidate;
		return true;
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
				"update import_lock set owner = null, guide = null, phase = null, started_at = null, expires_at = null"
						+ " where name = 'import' and owner = ?",
				held));
	}

	Optional<Running> running() {
		List<Running> running = this.ownTransaction.execute(status -> this.jdbc.query(
				"select guide, phase, started_at from import_lock where name = 'import' and owner is not null and phase is not null and expires_at > ?",
				(row, number) -> new Running(row.getString("guide"), row.getString("phase"),
						row.getTimestamp("started_at").toInstant()),
				Timestamp.from(this.clock.instant())));
		return running.stream().findFirst();
	}

}
