package com.interviewbank.support;

/** The admin account of the test contexts, as {@code application-test.properties} configures it. */
public final class TestAdmin {

	public static final String USERNAME = "admin";

	public static final String PASSWORD = "correct horse";

	private TestAdmin() {
	}

}
