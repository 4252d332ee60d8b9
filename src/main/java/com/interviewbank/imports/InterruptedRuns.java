package com.interviewbank.imports;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the first import of this node: a run still {@code RUNNING} whose import no
 * longer holds a live lock was left by a node that died, so it is marked {@code INTERRUPTED} rather
 * than shown as running forever. The bank itself is unchanged by such a run (an apply switches
 * versions in one transaction).
 */
@Component
class InterruptedRuns implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

	private final JdbcTemplate jdbc;

	private final ImportLock lock;

	private final Clock clock;

	InterruptedRuns(JdbcTemplate jdbc, ImportLock lock, Clock clock) {
		this.jdbc = jdbc;
		this.lock = lock;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		String live = this.lock.liveOwner().orElse("");
		int marked = this.jdbc.update(
				"update import_run set status = 'INTERRUPTED', finished_at = ?, error = ?"
						+ " where status = 'RUNNING' and (lock_owner is null or lock_owner <> ?)",
				Timestamp.from(this.clock.instant()), "Interrupted: the node running this import stopped.", live);
		if (marked > 0) {
			log.warn("Marked {} import run(s) left running by a stopped node as INTERRUPTED", marked);
		}
	}

}
