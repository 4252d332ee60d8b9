package com.interviewbank.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bank created before the comments of V1, V5 and V7 were edited still starts: their recorded
 * checksums move from the old text's to the new text's. Any other checksum is left for Flyway's
 * validation to refuse, as before.
 */
class MigrationCommentEditsTests {

	private final String url = "jdbc:h2:mem:comment-edits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void shouldStartABankWhoseMigrationsWereAppliedBeforeTheCommentEdits() throws SQLException {
		flyway(new MigrationCommentEdits()).migrate();
		recordOldChecksums();
		assertThatThrownBy(() -> flyway().migrate()).isInstanceOf(FlywayValidateException.class);
		flyway(new MigrationCommentEdits()).migrate();
		for (var edit : MigrationCommentEdits.EDITED.entrySet()) {
			assertThat(checksumOf(edit.getKey())).as("V" + edit.getKey()).isEqualTo(edit.getValue()[1]);
		}
		flyway().validate();
	}

	@Test
	void shouldStillRefuseAMigrationChangedInAnyOtherWay() throws SQLException {
		flyway(new MigrationCommentEdits()).migrate();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
		}
		assertThatThrownBy(() -> flyway(new MigrationCommentEdits()).migrate()).isInstanceOf(FlywayValidateException.class);
		assertThat(checksumOf("1")).isEqualTo(42);
	}

	private void recordOldChecksums() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (var edit : MigrationCommentEdits.EDITED.entrySet()) {
				statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = " + edit.getValue()[0]
						+ " WHERE \"version\" = '" + edit.getKey() + "'");
			}
		}
	}

	private int checksumOf(String version) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '" + version + "'")) {
			assertThat(row.next()).isTrue();
			return row.getInt(1);
		}
	}

	private Flyway flyway(Callback... callbacks) {
		return Flyway.configure().dataSource(this.url, "sa", "").locations("classpath:db/migration").callbacks(callbacks).load();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "sa", "");
	}

}
