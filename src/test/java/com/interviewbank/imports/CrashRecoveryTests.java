package com.interviewbank.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a node dies mid-import, the next import does not wait for the lease to run out, and the run
 * it left behind does not stay RUNNING.
 */
@SharedBankTest
class CrashRecoveryTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private InterruptedRuns interruptedRuns;

	@AfterEach
	void freeTheLock() {
		this.jdbc.update("update import_lock set owner = null, heartbeat_at = null, expires_at = null, phase = null");
	}

	@Test
	void shouldTakeTheLockOfANodeWhoseHeartbeatStopped() throws Exception {
		Instant now = Instant.now();
		this.jdbc.update("update import_lock set owner = 'dead-node', phase = 'writing', guide = 'x', started_at = ?,"
				+ " expires_at = ?, heartbeat_at = ? where name = 'import'", Timestamp.from(now.minus(1, ChronoUnit.MINUTES)),
				Timestamp.from(now.plus(4, ChronoUnit.MINUTES)), Timestamp.from(now.minus(1, ChronoUnit.MINUTES)));
		this.mvc.perform(post("/admin/api/imports").param("guide", "after-crash")
			.contentType("text/markdown")
			.content("# After crash\n\n## Question\n\nAnswer.\n")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"));
	}

	@Test
	void shouldStillWaitForALiveNode() throws Exception {
		Instant now = Instant.now();
		this.jdbc.update("update import_lock set owner = 'live-node', phase = 'writing', guide = 'x', started_at = ?,"
				+ " expires_at = ?, heartbeat_at = ? where name = 'import'", Timestamp.from(now), Timestamp.from(now.plus(4, ChronoUnit.MINUTES)),
				Timestamp.from(now));
		this.mvc.perform(post("/admin/api/imports").param("guide", "while-busy")
			.contentType("text/markdown")
			.content("# Busy\n\n## Question\n\nAnswer.\n")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isConflict());
	}

	@Test
	void shouldMarkRunsLeftRunningByADeadNodeAsInterruptedButNotALiveOne() {
		Instant now = Instant.now();
		long dead = insertRunningRun("dead-node");
		long live = insertRunningRun("live-node");
		this.jdbc.update("update import_lock set owner = 'live-node', expires_at = ?, heartbeat_at = ? where name = 'import'",
				Timestamp.from(now.plus(4, ChronoUnit.MINUTES)), Timestamp.from(now));

		this.interruptedRuns.afterPropertiesSet();

		assertThat(runStatus(dead)).isEqualTo("INTERRUPTED");
		assertThat(runStatus(live)).isEqualTo("RUNNING");
	}

	private long insertRunningRun(String lockOwner) {
		this.jdbc.update("insert into import_run (guide_slug, source, status, actor, started_at, lock_owner)"
				+ " values ('crashed', 'API', 'RUNNING', 'keeper', ?, ?)", Timestamp.from(Instant.now()), lockOwner);
		return this.jdbc.queryForObject("select max(id) from import_run", Long.class);
	}

	private String runStatus(long id) {
		return this.jdbc.queryForObject("select status from import_run where id = ?", String.class, id);
	}

}
