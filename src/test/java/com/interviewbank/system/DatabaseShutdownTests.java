package com.interviewbank.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database stays open while the application shuts down: what it writes then (the
 * searches still queued for the insight) reaches the database before the connection pool closes
 * it. H2 closes a database at JVM exit by itself unless the URL says otherwise, and its shutdown
 * hook runs beside Spring's, so it would win. Tried in a JVM of its own, which exits.
 */
class DatabaseShutdownTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsTheDatabaseOpenForTheApplicationsShutdownWork() throws Exception {
		String url = bankDatabaseUrl();
		Path log = this.dataDir.resolve("child.log");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), WritesAtShutdown.class.getName(), url)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean exited = child.waitFor(60, TimeUnit.SECONDS);
		if (!exited) {
			child.destroyForcibly();
		}
		String output = Files.readString(log);

		assertThat(exited).as(output).isTrue();
		assertThat(child.exitValue()).as(output).isZero();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from written_at_shutdown")) {
			rows.next();
			assertThat(rows.getInt(1)).as(output).isEqualTo(1);
		}
	}

	/** The application's H2 URL, as configured, under this test's data folder. */
	private String bankDatabaseUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url").replace("${bank.data-dir}", this.dataDir.toString());
	}

	/** Opens the database, and writes a row from a shutdown hook a moment after the JVM begins to exit. */
	static final class WritesAtShutdown {

		public static void main(String[] args) throws SQLException {
			Connection connection = DriverManager.getConnection(args[0], "sa", "");
			connection.createStatement().execute("create table written_at_shutdown (id int)");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try (connection) {
					Thread.sleep(500);
					connection.createStatement().execute("insert into written_at_shutdown values (1)");
				}
				catch (SQLException | InterruptedException ex) {
					System.out.println("Not written at shutdown: " + ex.getMessage());
				}
			}));
		}

	}

}
