package com.interviewbank.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.interviewbank.support.RequiredEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 16 in a real Chromium: the admin is logged in and the browser attaches the
 * admin's HTTP Basic credentials to every request (as it does once it has been challenged); a page
 * on another origin auto-submits a form to the import API. No guide is imported.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bank.admin.username=keeper",
		"bank.admin.password=correct horse", "bank.admin.token=configured-automation-token",
		"bank.import-content-at-startup=false" })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteAttackBrowserTests {

	private static final String GUIDE = "# Pwned\n\n## Question\n\nAnswer.\n";

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		Path chromium = Path.of(setting("BANK_TEST_CHROMIUM", "/usr/bin/chromium"));
		Path driver = Path.of(setting("BANK_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
		RequiredEnvironment.assumeAvailable("browser", Files.isExecutable(chromium) && Files.isExecutable(driver),
				"no Chromium at " + chromium + " or no driver at " + driver + " (Debian: apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldNotImportFromACrossSiteFormEvenWithTheAdminsCredentialsInTheBrowser() throws Exception {
		logIn();
		String basic = Base64.getEncoder().encodeToString("keeper:correct horse".getBytes(StandardCharsets.UTF_8));
		this.browser.executeCdpCommand("Network.enable", Map.of());
		this.browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + basic)));
		try {
			attack("text/plain", "<input type=hidden name='" + GUIDE.replace("'", "&#39;") + "' value=''>", "csrf-pwned");
			attack("multipart/form-data", "<input type=hidden name=file value='" + GUIDE.replace("'", "&#39;") + "'>",
					"csrf-pwned-multipart");
		}
		finally {
			this.browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
		}
	}

	private void attack(String enctype, String fields, String guide) throws Exception {
		String action = "http://localhost:" + this.port + "/admin/api/imports?guide=" + guide + "&dryRun=false";
		String page = "<!DOCTYPE html><html><body><form id=f method=POST enctype='" + enctype + "' action='" + action + "'>"
				+ fields + "</form><script>document.getElementById('f').submit()</script></body></html>";
		this.browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith("http://localhost"));
		String answer = this.browser.findElement(By.tagName("body")).getText();
		assertThat(answer).doesNotContain("APPLIED").contains("Cross-site request refused");
		HttpResponse<String> published = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/guides/" + guide)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(published.statusCode()).isEqualTo(404);
	}

	private void logIn() {
		this.browser.get("http://localhost:" + this.port + "/admin/login");
		this.browser.findElement(By.id("username")).sendKeys("keeper");
		this.browser.findElement(By.id("password")).sendKeys("correct horse");
		this.browser.findElement(By.cssSelector("form [type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	private static String setting(String environmentVariable, String fallback) {
		String value = System.getenv(environmentVariable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
