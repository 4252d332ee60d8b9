package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The sanitized HTML of answers and titles, through the real parser: XSS vectors come out inert and
 * the promised additions (safe external links, in-guide anchors, lazy images) are there.
 */
class HtmlSanitizerTests {

	/** Markup that must never reach a reader's browser, whatever the vector wraps it in. */
	private static final String ACTIVE_CONTENT = "(?is).*(<script|<iframe|<object|<embed|<svg|<math|<style|<meta|<base|<form"
			+ "|\\son[a-z]+\\s*=|\\sstyle\\s*=|(href|src|action)\\s*=\\s*\"\\s*(javascript|vbscript|data):).*";

	static Stream<Arguments> xssVectors() {
		return Stream.of(
				arguments("script block", "<script>alert(1)</script>", "\n"),
				arguments("inline script", "Hello <script>alert(1)</script> world", "<p>Hello  world</p>\n"),
				arguments("img onerror, relative src", "<img src=x onerror=alert(1)>",
						"<span class=\"missing-image\"></span>\n"),
				arguments("img onerror, external src", "<img src=\"https://example.com/a.png\" onerror=\"alert(1)\">",
						"<img src=\"https://example.com/a.png\" alt=\"\" loading=\"lazy\">\n"),
				arguments("javascript: Markdown link", "[x](javascript:alert(1))", "<p>x</p>\n"),
				arguments("javascript: raw link", "<a href=\"javascript:alert(1)\">x</a>", "<p><a>x</a></p>\n"),
				arguments("mixed-case Markdown link", "[x](JaVaScRiPt:alert(1))", "<p><a>x</a></p>\n"),
				arguments("mixed-case raw link", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<p><a>x</a></p>\n"),
				arguments("decimal entity raw link", "<a href=\"&#106;avascript:alert(1)\">x</a>",
						"<p><a>x</a></p>\n"),
				arguments("hex entity raw link", "<a href=\"&#x6A;avascript:alert(1)\">x</a>", "<p><a>x</a></p>\n"),
				arguments("decimal entity Markdown link", "[x](&#106;avascript:alert(1))", "<p><a>x</a></p>\n"),
				arguments("hex entity Markdown link", "[x](&#x6A;avascript:alert(1))", "<p><a>x</a></p>\n"),
				arguments("tab inside javascript:", "<a href=\"java\tscript:alert(1)\">x</a>", "<p><a>x</a></p>\n"),
				arguments("newline inside javascript:", "<a href=\"java\nscript:alert(1)\">x</a>",
						"<p><a>x</a></p>\n"),
				arguments("tab entity inside javascript:", "<a href=\"java&#9;script:alert(1)\">x</a>",
						"<p><a>x</a></p>\n"),
				arguments("newline entity inside javascript:", "<a href=\"java&#10;script:alert(1)\">x</a>",
						"<p><a>x</a></p>\n"),
				arguments("leading spaces before javascript:", "<a href=\"  javascript:alert(1)\">x</a>",
						"<p><a>x</a></p>\n"),
				arguments("javascript: autolink", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"),
				arguments("javascript: reference link", "[x][r]\n\n[r]: javascript:alert(1)", "<p>x</p>\n"),
				arguments("data: Markdown link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
						"<p><a>x</a></p>\n"),
				arguments("data: raw link", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
						"<p><a>x</a></p>\n"),
				arguments("data: Markdown image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
						"<p><span class=\"missing-image\">x</span></p>\n"),
				arguments("data: raw image", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">",
						"<span class=\"missing-image\">x</span>\n"),
				arguments("javascript: Markdown image", "![x](javascript:alert(1))", "<p></p>\n"),
				arguments("vbscript: Markdown link", "[x](vbscript:msgbox(1))", "<p><a>x</a></p>\n"),
				arguments("vbscript: raw link", "<a href=\"vbscript:msgbox(1)\">x</a>", "<p><a>x</a></p>\n"),
				arguments("svg onload", "<svg onload=alert(1)>", "\n"),
				arguments("script inside svg", "<svg><script>alert(1)</script></svg>", "<p></p>\n"),
				arguments("iframe", "<iframe src=\"https://evil.example/\"></iframe>", "\n"),
				arguments("object", "<object data=\"x.swf\"></object>", "<p></p>\n"),
				arguments("embed", "<embed src=\"x.swf\">", "\n"),
				arguments("style element", "<style>body{display:none}</style>", "\n"),
				arguments("style attribute with expression()", "<p style=\"width: expression(alert(1))\">text</p>",
						"<p>text</p>\n"),
				arguments("link with onclick and onmouseover",
						"<a href=\"https://example.com/\" onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</a>",
						"<p><a href=\"https://example.com/\" rel=\"nofollow noopener\">x</a></p>\n"),
				arguments("bare # link with onclick", "<a href=\"#\" onclick=\"alert(1)\">x</a>", "<p>x</p>\n"),
				arguments("quote breaking out of an anchor", "[x](#a\"onmouseover=\"alert(1))",
						"<p>x</p>\n"),
				arguments("form with javascript: action",
						"<form action=\"javascript:alert(1)\"><input type=\"submit\" value=\"go\"></form>", "\n"),
				arguments("checkbox with onclick", "<input type=\"checkbox\" onclick=\"alert(1)\">",
						"<input type=\"checkbox\" disabled>\n"),
				arguments("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "\n"),
				arguments("base href", "<base href=\"javascript:alert(1)//\">", "\n"),
				arguments("math mutation (mglyph/style)",
						"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<table></table>"),
				arguments("math href", "<math href=\"javascript:alert(1)\">x</math>", "x\n"),
				arguments("math maction xlink:href",
						"<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
						"x\n"),
				arguments("noscript title breakout",
						"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "<p></p><p></p>\n"),
				arguments("details ontoggle", "<details open ontoggle=alert(1)><summary>s</summary>body</details>",
						"<details open><summary>s</summary>body</details>\n"),
				arguments("HTML comment block", "<!-- <script>alert(1)</script> -->", "\n"),
				arguments("inline HTML comment", "text <!-- <img src=x onerror=alert(1)> --> more",
						"<p>text  more</p>\n"),
				arguments("target attribute", "<a href=\"https://example.com/\" target=\"_blank\">x</a>",
						"<p><a href=\"https://example.com/\" rel=\"nofollow noopener\">x</a></p>\n"));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("xssVectors")
	void shouldNeutralizeXssVector(String description, String vector, String expected) {
		String html = answerHtml(vector);
		assertThat(html).isEqualTo(expected);
		assertThat(html).doesNotMatch(ACTIVE_CONTENT);
	}

	@Test
	void shouldAddNofollowNoopenerToExternalMarkdownLink() {
		assertThat(answerHtml("[x](https://example.com/)"))
			.isEqualTo("<p><a href=\"https://example.com/\" rel=\"nofollow noopener\">x</a></p>\n");
	}

	@Test
	void shouldAddNofollowNoopenerToExternalAutolink() {
		assertThat(answerHtml("https://example.com/auto")).isEqualTo(
				"<p><a href=\"https://example.com/auto\" rel=\"nofollow noopener\">https://example.com/auto</a></p>\n");
	}

	@Test
	void shouldMarkInGuideLinkWithDataAnchor() {
		assertThat(answerHtml("[x](#some-heading)\n\n## Some heading"))
			.isEqualTo("<p><a href=\"#some-heading\" data-anchor=\"some-heading\">x</a></p>\n");
	}

	@Test
	void shouldDecodePercentEncodedAnchorIntoDataAnchor() {
		assertThat(answerHtml("[x](#globals-%D0%B8-locals)\n\n## Globals и locals"))
			.isEqualTo("<p><a href=\"#globals-%D0%B8-locals\" data-anchor=\"globals-и-locals\">x</a></p>\n");
	}

	@Test
	void shouldMakeExternalImageLazyAndKeepItsAlt() {
		assertThat(answerHtml("![logo](https://example.com/logo.png)"))
			.isEqualTo("<p><img src=\"https://example.com/logo.png\" alt=\"logo\" loading=\"lazy\"></p>\n");
	}

	@Test
	void shouldGiveMarkdownImageWithoutAltAnEmptyAlt() {
		assertThat(answerHtml("![](https://example.com/logo.png)"))
			.isEqualTo("<p><img src=\"https://example.com/logo.png\" alt=\"\" loading=\"lazy\"></p>\n");
	}

	@Test
	void shouldGiveRawImageWithoutAltAnEmptyAlt() {
		assertThat(answerHtml("<img src=\"https://example.com/logo.png\">"))
			.isEqualTo("<img src=\"https://example.com/logo.png\" alt=\"\" loading=\"lazy\">\n");
	}

	@Test
	void shouldReplaceRelativeImageWithoutFileByItsAltText() {
		assertThat(answerHtml("![diagram](images/diagram.png)"))
			.isEqualTo("<p><span class=\"missing-image\">diagram</span></p>\n");
	}

	@Test
	void shouldKeepRelativeImageThatHasAFile() {
		assertThat(answerHtml("![diagram](images/diagram.png)", "images/diagram.png"::equals))
			.isEqualTo("<p><img src=\"images/diagram.png\" alt=\"diagram\" loading=\"lazy\"></p>\n");
	}

	@Test
	void shouldKeepLanguageClassOfFencedCode() {
		assertThat(answerHtml("```python\nprint(1)\n```"))
			.isEqualTo("<pre><code class=\"language-python\">print(1)\n</code></pre>\n");
	}

	@Test
	void shouldDropCodeClassesOtherThanTheLanguage() {
		assertThat(answerHtml("<pre><code class=\"language-python evil hljs\">x</code></pre>"))
			.isEqualTo("<pre><code class=\"language-python\">x</code></pre>\n");
		assertThat(answerHtml("<code class=\"evil\">x</code>")).isEqualTo("<p><code>x</code></p>\n");
	}

	@Test
	void shouldRenderGfmTable() {
		assertThat(answerHtml("""
				| a | b |
				|---|:-:|
				| 1 | 2 |""")).isEqualTo("""
				<table>
				<thead>
				<tr><th>a</th><th align="center">b</th></tr>
				</thead>
				<tbody>
				<tr><td>1</td><td align="center">2</td></tr>
				</tbody>
				</table>
				""");
	}

	@Test
	void shouldDisableTaskListCheckboxes() {
		assertThat(answerHtml("""
				- [x] done
				- [ ] todo""")).isEqualTo("""
				<ul>
				<li><input type="checkbox" checked disabled>&nbsp;done</li>
				<li><input type="checkbox" disabled>&nbsp;todo</li>
				</ul>
				""");
	}

	@Test
	void shouldKeepCodeAndEmphasisButNotBoldInTitleHtml() {
		ParsedQuestion question = firstQuestion(
				"# Guide\n\n## The `__slots__` <b>bold</b> *em*\n\nAnswer\n", path -> false);
		assertThat(question.titleHtml()).isEqualTo("The <code>__slots__</code> bold <em>em</em>");
	}

	/** The answer HTML of a guide whose only question's answer is this Markdown. */
	private static String answerHtml(String answerMarkdown) {
		return answerHtml(answerMarkdown, path -> false);
	}

	private static String answerHtml(String answerMarkdown, Predicate<String> imageExists) {
		return firstQuestion("# Guide\n\n## Question\n\n" + answerMarkdown + "\n", imageExists).answerHtml();
	}

	private static ParsedQuestion firstQuestion(String guide, Predicate<String> imageExists) {
		return new GuideParser()
			.parse("xss.md", guide.getBytes(StandardCharsets.UTF_8), Outline.DETECT, imageExists)
			.topics()
			.get(0)
			.questions()
			.get(0);
	}

}
