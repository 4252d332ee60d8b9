package com.interviewbank.support;

import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

	/**
	 * Debian's headless Chromium through its own driver (never a download); as root (CI) it needs
	 * {@code --no-sandbox}.
	 */
	public static ChromeDriver start(String... arguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en");
		options.addArguments(arguments);
		// The console, for tests that look for Content-Security-Policy violations.
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private static String setting(String environmentVariable, String fallback) {
		String value = System.getenv(environmentVariable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
