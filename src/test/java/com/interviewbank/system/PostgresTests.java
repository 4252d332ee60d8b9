package com.interviewbank.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.ImportFailedException;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.RequiredEnvironment;
import com.interviewbank.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same bank on a real PostgreSQL: the Flyway schema, the start-up import of the seed, pages,
 * the API and a failed import. Uses {@code BANK_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://localhost:5432/bank_test}), {@code _USER} and {@code _PASSWORD}
 * ({@code bank}/{@code bank}); its schema is dropped and made anew.
 */
@SpringBootTest
@RequiredEnvironment.Needs(RequiredEnvironment.POSTGRES)
@org.springframework.test.context.ActiveProfiles({ "test", "postgres" })
@AutoConfigureMockMvc
class PostgresTests {

	private static final String URL = TestPostgres.URL;

	private static final String USER = TestPostgres.USER;

	private static final String PASSWORD = TestPostgres.PASSWORD;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@BeforeAll
	static void freshSchema() throws SQLException {
		if (!RequiredEnvironment.isAvailable(RequiredEnvironment.POSTGRES)) {
			return; // every test is reported skipped (or failed, when required) by RequiredEnvironment
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema public cascade");
			statement.execute("create schema public");
		}
	}

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	@Test
	void shouldImportTheSeedAndServeItFromPostgres() throws Exception {
		this.mvc.perform(get("/api/guides/python-senior-lead-questions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topics.length()").value(22))
			.andExpect(jsonPath("$.topics[5].questionCount").value(19));
		this.mvc.perform(get("/api/guides/python-senior-lead-questions/questions/globals-и-locals-meaning-could-we-change-both-of-them"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("globals() и locals(): Meaning, could we change both of them?"));
		this.mvc.perform(get("/guides/python-senior-lead-questions/topics/oop-in-python"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 id=\"oop-in-python\">OOP in Python</h1>")));
		this.mvc.perform(get("/guides/python-senior-lead-questions/anchors/features"))
			.andExpect(status().isFound());
	}

	@Test
	void shouldLeaveThePostgresBankAsItWasWhenStoringFails() throws Exception {
		String tooLong = "# Seed\n\n## " + "word ".repeat(120) + "\n";
		assertThatExceptionOfType(ImportFailedException.class).isThrownBy(() -> this.imports.importGuide(
				ImportRun.Source.API, "python-senior-lead-questions.md", tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"test"));
		this.mvc.perform(get("/api/guides/python-senior-lead-questions"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.topics.length()").value(22));
	}

}
