package com.interviewbank.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.FlywayException;
import org.springframework.stereotype.Component;

/**
 * Migrations V1, V5 and V7 had their first comment line edited after they were applied (it now
 * cites docs/ARCHITECTURE.md). Flyway checksums a migration's whole text, comments included, so a
 * bank created before the edit would refuse to start. Before Flyway validates, this moves the
 * recorded checksum of each of those migrations from its exact old value to its new one, and leaves
 * any other value alone: a real change of a migration still fails validation.
 */
@Component
class MigrationCommentEdits implements Callback {

	/** Per version: the checksum before the comment edit, and after it. */
	static final Map<String, int[]> EDITED = Map.of("1", new int[] { 1489643156, 657717667 }, "5",
			new int[] { 1346769645, 1432465922 }, "7", new int[] { -868634836, -2078685990 });

	private static final String HISTORY = "flyway_schema_history";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			acceptCommentEdits(context.getConnection());
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not record the edited migration comments", ex);
		}
	}

	static void acceptCommentEdits(Connection connection) throws SQLException {
		if (!historyExists(connection)) {
			return;
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE \"" + HISTORY + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
			for (Map.Entry<String, int[]> edit : EDITED.entrySet()) {
				update.setInt(1, edit.getValue()[1]);
				update.setString(2, edit.getKey());
				update.setInt(3, edit.getValue()[0]);
				update.executeUpdate();
			}
		}
	}

	private static boolean historyExists(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), HISTORY, null)) {
			return tables.next();
		}
	}

	@Override
	public String getCallbackName() {
		return "migration comment edits";
	}

}
