package com.interviewbank.support;

/** The admin account of the test contexts, as {@code application-test.properties} configures it. */
public final class TestAdmin {

	public static final String USERNAME = "admin";

	public static final String PASSWORD = "correct horse";

	/** The admin API token every test context accepts ({@code bank.admin.token}). */
	public static final String TOKEN = "test-automation-token";

	private TestAdmin() {
	}

}
