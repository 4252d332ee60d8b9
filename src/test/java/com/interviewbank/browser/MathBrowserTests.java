package com.interviewbank.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.RequiredEnvironment;
import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Math in a guide, typeset in a real Chromium by KaTeX from the app's WebJar as MathML: every
 * formula becomes a {@code <math>} element, under the app's strict Content-Security-Policy with no
 * violation in the console, and with no request leaving the app.
 */
@SharedBankTest
@RequiredEnvironment.Needs(RequiredEnvironment.BROWSER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MathBrowserTests {

	private static final String GUIDE = """
			# Math in the browser

			## Which identities hold?

			Euler's, inline: $e^{i\\pi} + 1 = 0$, and a sum on its own:

			$$
			\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
			$$

			```math
			a^2 + b^2 = c^2
			```

			As GitHub's image: ![x squared](https://render.githubusercontent.com/render/math?math=x%5E2)

			## Without math

			Nothing to typeset, $5 and $10.
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private ImportService imports;

	private ChromeDriver browser;

	@BeforeAll
	void startBrowserAndImport() {
		if (!RequiredEnvironment.isAvailable(RequiredEnvironment.BROWSER)) {
			return; // every test is reported skipped (or failed, when required) by RequiredEnvironment
		}
		this.imports.importGuide(ImportRun.Source.API, "math-in-the-browser.md", GUIDE.getBytes(StandardCharsets.UTF_8),
				"admin");
		this.browser = TestBrowser.start();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldTypesetEveryFormulaAsMathMlWithNoCspViolationAndNoRequestOutsideTheApp() {
		this.browser.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
		open("/guides/math-in-the-browser/questions/which-identities-hold");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector(".math-typeset")).size() == 4);
		assertThat(this.browser.findElements(By.cssSelector(".math math"))).hasSize(4);
		assertThat(this.browser.findElements(By.cssSelector(".math-error"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("math[display=block]"))).hasSize(2);
		List<String> problems = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Refused"))
			.toList();
		assertThat(problems).isEmpty();
		@SuppressWarnings("unchecked")
		List<String> requests = (List<String>) this.browser
			.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
		assertThat(requests).anyMatch(url -> url.contains("/webjars/katex/"))
			.allMatch(url -> url.startsWith("http://localhost:" + this.port + "/"));
	}

	@Test
	void shouldNotLoadKatexOnAPageWithoutMath() {
		open("/guides/math-in-the-browser/questions/without-math");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("$5 and $10");
		@SuppressWarnings("unchecked")
		List<String> requests = (List<String>) this.browser
			.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
		assertThat(requests).noneMatch(url -> url.contains("katex"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
