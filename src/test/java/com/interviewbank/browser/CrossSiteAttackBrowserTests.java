package com.interviewbank.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.support.RequiredEnvironment;
import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;
import com.interviewbank.support.TestBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 16 in a real Chromium: the admin is logged in and the browser attaches the
 * admin's HTTP Basic credentials to every request (as it does once it has been challenged); a page
 * on another origin auto-submits a form to the import API. No guide is imported.
 */
@SharedBankTest
@RequiredEnvironment.Needs(RequiredEnvironment.BROWSER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteAttackBrowserTests {

	private static final String GUIDE = "# Pwned\n\n## Question\n\nAnswer.\n";

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		if (!RequiredEnvironment.isAvailable(RequiredEnvironment.BROWSER)) {
			return; // every test is reported skipped (or failed, when required) by RequiredEnvironment
		}
		this.browser = TestBrowser.start();
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
		String basic = Base64.getEncoder().encodeToString((TestAdmin.USERNAME + ":" + TestAdmin.PASSWORD).getBytes(StandardCharsets.UTF_8));
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
		this.browser.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
		this.browser.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
		this.browser.findElement(By.cssSelector("form [type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

}
