package com.interviewbank.support;

/**
 * The PostgreSQL database of the tests that need one: {@code BANK_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://localhost:5432/bank_test}), {@code BANK_TEST_POSTGRES_USER} and
 * {@code BANK_TEST_POSTGRES_PASSWORD} ({@code bank}/{@code bank}), as {@code .ci/run} sets them.
 */
public final class TestPostgres {

	public static final String URL = env("BANK_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/bank_test");

	public static final String USER = env("BANK_TEST_POSTGRES_USER", "bank");

	public static final String PASSWORD = env("BANK_TEST_POSTGRES_PASSWORD", "bank");

	private TestPostgres() {
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
