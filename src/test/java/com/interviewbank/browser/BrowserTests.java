package com.interviewbank.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.support.RequiredEnvironment;
import com.interviewbank.support.SeedBankTest;
import com.interviewbank.support.TestBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's side in a real browser: Debian's headless Chromium driven through
 * {@code /usr/bin/chromedriver} (override with {@code BANK_TEST_CHROMIUM} and
 * {@code BANK_TEST_CHROMEDRIVER}); Selenium is never allowed to download anything. Screenshots go
 * to {@code target/screenshots}.
 */
@SeedBankTest
@RequiredEnvironment.Needs(RequiredEnvironment.BROWSER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

	private static final String GUIDE = "/guides/python-senior-lead-questions";

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		if (!RequiredEnvironment.isAvailable(RequiredEnvironment.BROWSER)) {
			return; // every test is reported skipped (or failed, when required) by RequiredEnvironment
		}
		this.browser = TestBrowser.start("--window-size=1280,900");
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void forgetTheReader() {
		open("/");
		script("window.localStorage.clear();");
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void shouldSuggestAsYouTypeAndOpenTheFirstSuggestionWithEnter() {
		open("/");
		WebElement box = this.browser.findElement(By.id("search-box"));
		box.sendKeys("gil");
		WebElement first = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-suggestions [role=option] a")));
		String href = first.getAttribute("href");
		assertThat(first.getText()).containsIgnoringCase("GIL");
		box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		this.wait.until(ExpectedConditions.urlToBe(href));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("GIL");
	}

	@Test
	void shouldRevealMarkAndKeepPracticeProgressAcrossAReload() {
		open("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
		WebElement card = currentCard();
		String firstId = card.getAttribute("data-id");
		assertThat(card.findElement(By.cssSelector(".practice-answer .answer")).isDisplayed()).isFalse();
		this.browser.findElement(By.tagName("body")).sendKeys(" ");
		this.wait.until(d -> card.findElement(By.cssSelector(".practice-answer .answer")).isDisplayed());
		click(By.cssSelector("[data-action=knew]"));
		String secondId = currentCardOtherThan(firstId);
		assertThat(summaryText()).endsWith(" new · 1 known").startsWith("0 due · ");
		assertThat(progressText()).contains("1 of");

		this.browser.navigate().refresh();
		assertThat(progressText()).contains("1 of");
		assertThat(currentCard().getAttribute("data-id")).isEqualTo(secondId);
	}

	@Test
	void shouldShowThePracticeCardFirstOnAPhoneAndTheGradesOnlyAfterTheAnswer() {
		phone();
		try {
			open("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
			WebElement card = currentCard();
			Number bottom = (Number) script("return arguments[0].querySelector('h2').getBoundingClientRect().bottom;", card);
			assertThat(bottom.doubleValue()).as("the card's question within the phone's 844 px").isLessThan(844);
			assertThat(visible("[data-action=knew]")).isFalse();
			assertThat(visible("[data-action=again]")).isFalse();
			assertThat(visible("[data-action=reveal]")).isTrue();
			Number reveal = (Number) script("return document.querySelector('[data-action=reveal]').getBoundingClientRect().bottom;");
			assertThat(reveal.doubleValue()).as("Show answer within the window").isLessThanOrEqualTo(844);

			this.browser.findElement(By.tagName("body")).sendKeys("1");
			assertThat(summaryText()).as("no grade before the answer").startsWith("0 due · ").endsWith(" · 0 known");
			click(By.cssSelector("[data-action=reveal]"));
			assertThat(visible("[data-action=knew]")).isTrue();
			assertThat(visible("[data-action=reveal]")).isFalse();
			Number answerTop = (Number) script("return document.querySelector('.practice-answer').getBoundingClientRect().top;");
			assertThat(answerTop.doubleValue()).as("the answer opens in view").isLessThan(844);
		}
		finally {
			desktop();
		}
	}

	@Test
	void shouldHideTheGradesWhenAllIsDoneAndOfferTheNextTopic() {
		open("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
		currentCard();
		script("""
				var deck = JSON.parse(document.getElementById('practice-deck').textContent);
				var state = { version: 1, cards: {} };
				deck.cards.forEach(function (c) { state.cards[c.id] = { box: 3, due: Date.now() + 86400000 }; });
				window.localStorage.setItem('bank.practice.v1', JSON.stringify(state));
				""");
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".practice-status"), "All done for now."));
		assertThat(visible("[data-action=knew]")).isFalse();
		assertThat(visible("[data-action=again]")).isFalse();
		assertThat(visible("[data-action=reveal]")).isFalse();
		assertThat(visible(".practice-card")).isFalse();
		WebElement next = this.browser.findElement(By.cssSelector(".practice-next-topic a"));
		assertThat(next.getText()).startsWith("Next topic: ");
		assertThat(next.getAttribute("href")).contains("/practice?guide=python-senior-lead-questions&topic=");
	}

	@Test
	void shouldMarkKnownAndDueQuestionsAndOfferToContinueFromTheHomePage() {
		open("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
		String hard = currentCard().getAttribute("data-id");
		this.browser.findElement(By.tagName("body")).sendKeys(" 2");
		String known = currentCardOtherThan(hard);
		this.browser.findElement(By.tagName("body")).sendKeys(" 1");
		currentCardOtherThan(known);

		open(GUIDE + "/topics/oop-in-python");
		assertThat(this.browser.findElement(By.cssSelector(".practice-mark[data-practice-id='" + hard + "']")).getText()).isEqualTo("Due");
		assertThat(this.browser.findElement(By.cssSelector(".practice-mark[data-practice-id='" + known + "']")).getText()).isEqualTo("Known");
		open("/");
		WebElement resume = this.browser.findElement(By.cssSelector(".practice-continue a"));
		assertThat(resume.getText()).isEqualTo("Continue: 1 due");
		assertThat(resume.getAttribute("href")).endsWith("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
	}

	@Test
	void shouldMarkTheCurrentQuestionInTheSidebarAndOpenItAsADrawerOnAPhone() {
		open(GUIDE + "/questions/__slots__");
		WebElement current = this.browser.findElement(By.cssSelector("#sidebar a[aria-current=page]"));
		assertThat(current.getText()).isEqualTo("__slots__");
		assertThat(this.browser.findElement(By.cssSelector("#sidebar .current-topic > div > a")).getText()).isEqualTo("OOP in Python");
		click(By.cssSelector(".sidebar-collapse"));
		assertThat(current.isDisplayed()).isFalse();
		phone();
		try {
			open(GUIDE + "/questions/__slots__");
			assertThat(visible("#sidebar")).isFalse();
			click(By.cssSelector(".sidebar-open"));
			assertThat(visible("#sidebar a[aria-current=page]")).isTrue();
			this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
			assertThat(visible("#sidebar")).isFalse();
			Number title = (Number) script("return document.querySelector('h1').getBoundingClientRect().top;");
			assertThat(title.doubleValue()).as("the title near the top of a phone").isLessThan(300);
			assertThat((Boolean) script("return document.querySelector('details.page-contents') === null || !document.querySelector('details.page-contents').open;")).isTrue();
		}
		finally {
			desktop();
		}
	}

	@Test
	void shouldLeaveTheArrowsToAFocusedCodeBlock() {
		open(GUIDE + "/questions/__slots__");
		String here = this.browser.getCurrentUrl();
		WebElement code = this.browser.findElement(By.cssSelector(".answer pre"));
		script("arguments[0].tabIndex = 0; arguments[0].focus();", code);
		code.sendKeys(Keys.ARROW_RIGHT);
		code.sendKeys("j");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(here);
		this.browser.findElement(By.tagName("h1")).click();
		script("document.activeElement.blur();");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
		this.wait.until(d -> !here.equals(d.getCurrentUrl()));
	}

	@Test
	void shouldBringAReviewAgainCardBackAfterTwoOthers() {
		open("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
		String hard = currentCard().getAttribute("data-id");
		this.browser.findElement(By.tagName("body")).sendKeys(" 2");
		String second = currentCardOtherThan(hard);
		this.browser.findElement(By.tagName("body")).sendKeys(" 1");
		String third = currentCardOtherThan(second);
		this.browser.findElement(By.tagName("body")).sendKeys(" 1");
		assertThat(List.of(second, third)).doesNotContain(hard);
		assertThat(currentCardOtherThan(third)).isEqualTo(hard);
	}

	@Test
	void shouldImportProgressFromAFileRefuseABadOneAndReset() throws IOException {
		open("/practice?guide=python-senior-lead-questions&topic=oop-in-python");
		String first = currentCard().getAttribute("data-id");
		Path bad = Files.writeString(Files.createTempFile("progress", ".json"), "{\"cards\": 3}");
		this.browser.findElement(By.id("practice-import")).sendKeys(bad.toAbsolutePath().toString());
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".practice-status"),
				"not an Interview Bank progress file"));
		assertThat(progressText()).contains("0 of");

		String known = "{\"version\": 1, \"cards\": {\"" + first + "\": {\"box\": 3, \"due\": " + (System.currentTimeMillis() + 86_400_000L) + "}}}";
		Path good = Files.writeString(Files.createTempFile("progress", ".json"), known);
		this.browser.findElement(By.id("practice-import")).sendKeys(good.toAbsolutePath().toString());
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".practice-status"), "Progress imported: 1 cards."));
		assertThat(progressText()).contains("1 of");
		assertThat(currentCardOtherThan(first)).isNotEqualTo(first);

		click(By.cssSelector(".practice-data summary"));
		click(By.cssSelector("[data-action=reset]"));
		this.browser.switchTo().alert().accept();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".topic-progress label"), "0 of"));
		assertThat(script("return window.localStorage.getItem('bank.practice.v1');")).asString().contains("\"cards\":{}");
	}

	@Test
	void shouldPrintAHandoutWithoutNavigationAndOptionallyWithoutAnswers() {
		open(GUIDE + "/questions/__slots__");
		click(By.cssSelector(".add-to-set"));
		open("/set");
		this.wait.until(ExpectedConditions.urlContains("/set?ids="));
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.browser.findElement(By.cssSelector("header.navbar")).isDisplayed()).isFalse();
			assertThat(this.browser.findElement(By.cssSelector(".set-tools")).isDisplayed()).isFalse();
			assertThat(this.browser.findElement(By.cssSelector(".set-item .answer")).isDisplayed()).as("answers off by default").isFalse();
			assertThat(this.browser.findElement(By.cssSelector(".set-item h2")).isDisplayed()).isTrue();
			assertThat(this.browser.findElement(By.id("handout-candidate")).isDisplayed()).isTrue();
			script("document.getElementById('set-answers').click();");
			assertThat(this.browser.findElement(By.cssSelector(".set-item .answer")).isDisplayed()).isTrue();
		}
		finally {
			this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void shouldKeepDarkModeAcrossPagesWithoutAFlashOfTheLightTheme() {
		// Records the theme at the moment <body> is created, before anything of the page is painted.
		this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				new MutationObserver(function (changes, observer) {
				  if (document.body) {
				    window.themeAtFirstBody = document.documentElement.getAttribute('data-bs-theme');
				    observer.disconnect();
				  }
				}).observe(document, { childList: true, subtree: true });
				"""));
		open("/");
		assertThat(theme()).isEqualTo("light");
		click(By.cssSelector(".theme-toggle"));
		assertThat(theme()).isEqualTo("dark");
		open(GUIDE + "/topics/oop-in-python");
		assertThat(script("return window.themeAtFirstBody;")).isEqualTo("dark");
		assertThat(theme()).isEqualTo("dark");
		assertThat(script("return getComputedStyle(document.body).backgroundColor;")).isNotEqualTo("rgb(255, 255, 255)");
		click(By.cssSelector(".theme-toggle"));
		this.browser.navigate().refresh();
		assertThat(script("return window.themeAtFirstBody;")).isEqualTo("light");
	}

	@Test
	void shouldMoveBetweenQuestionsWithTheKeyboard() {
		open(GUIDE + "/questions/__slots__");
		String next = this.browser.findElement(By.cssSelector(".pager a[rel=next]")).getAttribute("href");
		this.browser.findElement(By.tagName("body")).sendKeys("j");
		this.wait.until(ExpectedConditions.urlToBe(next));
		this.browser.findElement(By.tagName("body")).sendKeys("k");
		this.wait.until(ExpectedConditions.urlContains("/questions/__slots__"));
		this.browser.findElement(By.tagName("body")).sendKeys("?");
		this.wait.until(d -> Boolean.TRUE.equals(script("return document.getElementById('shortcuts').open;")));
		click(By.cssSelector("#shortcuts button"));
		this.browser.findElement(By.tagName("body")).sendKeys("/");
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("search-box");
	}

	@Test
	void shouldOpenASetSharedByLinkWithTheSameQuestions() {
		open(GUIDE + "/questions/__slots__");
		click(By.cssSelector(".add-to-set"));
		open(GUIDE + "/questions/gil-definition-algorithms-in-2x-and-3x");
		click(By.cssSelector(".add-to-set"));
		open("/set");
		this.wait.until(ExpectedConditions.urlContains("/set?ids="));
		List<String> mine = setItems();
		assertThat(mine).hasSize(2);
		String link = this.browser.findElement(By.id("set-link")).getAttribute("value");
		assertThat(link).startsWith("http://localhost:" + this.port + "/set?ids=");

		script("window.localStorage.clear();");
		this.browser.get(link);
		assertThat(setItems()).isEqualTo(mine);
		assertThat(this.browser.findElements(By.cssSelector(".set-item h2 a"))).extracting(WebElement::getText)
			.containsExactly("__slots__", "GIL (Definition, algorithms in 2.x and 3.x)");
		assertThat(this.browser.findElement(By.cssSelector(".set-page")).getAttribute("class")).contains("handout-no-answers");
		click(By.id("set-answers"));
		assertThat(this.browser.findElement(By.cssSelector(".set-page")).getAttribute("class")).doesNotContain("handout-no-answers");
	}

	@Test
	void shouldNameReorderAndTrimASetAndShareItByAShortLink() {
		for (String question : List.of("__slots__", "gil-definition-algorithms-in-2x-and-3x", "mixins")) {
			open(GUIDE + "/questions/" + question);
			click(By.cssSelector(".add-to-set"));
		}
		open("/set");
		this.wait.until(ExpectedConditions.urlContains("/set?ids="));
		List<String> added = setItems();
		this.browser.findElement(By.id("set-name-input")).sendKeys("Backend, round 2");
		click(By.cssSelector(".set-item:first-child [data-action=down]"));
		click(By.cssSelector(".set-item:last-child [data-action=remove]"));
		List<String> kept = List.of(added.get(1), added.get(0));
		assertThat(setItems()).isEqualTo(kept);
		assertThat(script("return window.localStorage.getItem('bank.set.v1');"))
			.isEqualTo("[\"" + kept.get(0) + "\",\"" + kept.get(1) + "\"]");
		assertThat(this.browser.findElement(By.cssSelector(".set-count")).getText()).isEqualTo("2");

		click(By.cssSelector("[data-action=copy-link]"));
		this.wait.until(d -> d.findElement(By.id("set-link")).getAttribute("value").matches(".*/s/[0-9a-f]{10}"));
		String shortLink = this.browser.findElement(By.id("set-link")).getAttribute("value");
		script("window.localStorage.clear();");
		this.browser.get(shortLink);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Backend, round 2");
		assertThat(setItems()).isEqualTo(kept);
		assertThat(visible(".set-item-tools")).as("someone else's set is not edited in place").isFalse();
		assertThat(visible("[data-action=adopt]")).isTrue();
	}

	@Test
	void shouldTurnATopicIntoASelfTest() {
		open(GUIDE + "/topics/oop-in-python");
		WebElement firstAnswer = this.browser.findElement(By.cssSelector(".question .answer"));
		assertThat(firstAnswer.isDisplayed()).isTrue();
		click(By.cssSelector("label[for=hide-answers]"));
		assertThat(firstAnswer.isDisplayed()).isFalse();
		click(By.cssSelector(".reveal-answer"));
		assertThat(firstAnswer.isDisplayed()).isTrue();
	}

	@Test
	void shouldCopyACodeBlock() {
		open(GUIDE + "/questions/__slots__");
		WebElement copy = this.browser.findElement(By.cssSelector(".answer pre .copy-code"));
		copy.click();
		this.wait.until(ExpectedConditions.textToBePresentInElement(copy, "Copied"));
	}

	/** Prism's core, then only the grammars the page's fences name: python here, nothing for bash. */
	@Test
	void shouldHighlightCodeWithOnlyTheGrammarsThePageUses() {
		open(GUIDE + "/questions/__slots__");
		this.wait.until(d -> !d.findElements(By.cssSelector(".answer pre code.language-python .token.keyword")).isEmpty());
		List<?> grammars = (List<?>) script("""
				return performance.getEntriesByType('resource').map(function (e) { return e.name; })
				  .filter(function (name) { return name.indexOf('/webjars/prismjs/') >= 0; })
				  .map(function (name) { return name.substring(name.lastIndexOf('/') + 1).replace(/-[0-9a-f]{32}/, ''); });
				""");
		assertThat(grammars).map(Object::toString)
			.containsExactlyInAnyOrder("prism-core.min.js", "prism-autoloader.min.js", "prism-python.min.js");
	}

	@Test
	void shouldHaveNoSeriousAccessibilityViolationInEitherTheme() throws IOException {
		String axe = axeSource();
		List<String> pages = List.of("/", GUIDE, GUIDE + "/topics/oop-in-python", GUIDE + "/questions/__slots__",
				"/search?q=gil", "/practice", "/set");
		for (String theme : List.of("light", "dark")) {
			open("/");
			script("window.localStorage.setItem('bank.theme', arguments[0]);", theme);
			for (String page : pages) {
				open(page);
				script(axe);
				Object violations = this.browser.executeAsyncScript("""
						var done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
						  done(result.violations
						    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
						    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));
						});
						""");
				assertThat((List<?>) violations).as(theme + " " + page).isEmpty();
			}
		}
	}

	@Test
	void shouldSaveScreenshotsOfTheMainPagesInBothThemes() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Map<String, String> pages = Map.of("home", "/", "question", GUIDE + "/questions/__slots__", "search",
				"/search?q=global+interpreter+lock", "practice", "/practice?guide=python-senior-lead-questions&topic=oop-in-python");
		for (String theme : List.of("light", "dark")) {
			open("/");
			script("window.localStorage.setItem('bank.theme', arguments[0]);", theme);
			for (Map.Entry<String, String> page : pages.entrySet()) {
				open(page.getValue());
				Path file = SCREENSHOTS.resolve(page.getKey() + "-" + theme + ".png");
				Files.write(file, this.browser.getScreenshotAs(OutputType.BYTES));
				assertThat(Files.size(file)).isGreaterThan(10_000);
			}
		}
	}

	/** A 390×844 phone, as the issue tried it. */
	private void phone() {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
	}

	private void desktop() {
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private boolean visible(String selector) {
		return this.browser.findElements(By.cssSelector(selector)).stream().anyMatch(WebElement::isDisplayed);
	}

	/** Clicks like a reader: the element scrolled to the middle of the window first. */
	private void click(By locator) {
		WebElement element = this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
		// Instantly: Bootstrap makes scrolling smooth, and a click mid-scroll misses.
		script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", element);
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		this.wait.until(d -> "complete".equals(script("return document.readyState;")));
	}

	private Object script(String source, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(source, arguments);
	}

	private String theme() {
		return (String) script("return document.documentElement.getAttribute('data-bs-theme');");
	}

	/** The card shown, once its question came from the read API. */
	private WebElement currentCard() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card[data-id]")));
	}

	/** The id of the card shown once it is no longer this one. */
	private String currentCardOtherThan(String id) {
		this.wait.until(d -> !id.equals(currentCard().getAttribute("data-id")));
		return currentCard().getAttribute("data-id");
	}

	private String summaryText() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-summary .summary-text"))).getText();
	}

	/** The first topic's bar, shown with "By topic". */
	private String progressText() {
		if (!this.browser.findElement(By.id("practice-progress")).isDisplayed()) {
			click(By.cssSelector(".progress-toggle"));
		}
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".topic-progress label"))).getText();
	}

	private List<String> setItems() {
		return this.browser.findElements(By.cssSelector(".set-item")).stream().map(e -> e.getAttribute("data-id")).toList();
	}

	private static String axeSource() throws IOException {
		try (InputStream in = BrowserTests.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			assertThat(in).as("axe-core WebJar on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
