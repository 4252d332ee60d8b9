package com.interviewbank.support;

import java.nio.file.Path;

/**
 * Debian's Chromium and its driver, for the browser tests: {@code BANK_TEST_CHROMIUM} and
 * {@code BANK_TEST_CHROMEDRIVER} override {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 */
public final class TestBrowser {

	private TestBrowser() {
	}

	public static Path chromium() {
		return Path.of(setting("BANK_TEST_CHROMIUM", "/usr/bin/chromium"));
	}

	public static Path driver() {
		return Path.of(setting("BANK_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

	private static String setting(String environmentVariable, String fallback) {
		String value = System.getenv(environmentVariable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
