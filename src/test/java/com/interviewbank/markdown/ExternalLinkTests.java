package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link a browser resolves to another host is external (rel="nofollow noopener"), however it is
 * spelled; one that stays on the site is not.
 */
class ExternalLinkTests {

	@ParameterizedTest
	@ValueSource(strings = { "[x](//evil.example/path)", "<a href=\"/\\evil.example\">x</a>",
			"<a href=\"\\\\evil.example\">x</a>", "<a href=\"HTTPS://evil.example\">x</a>" })
	void shouldTreatProtocolRelativeAndBackslashLinksAsExternal(String link) {
		assertThat(answerHtml(link)).contains("rel=\"nofollow noopener\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[x](#question)", "[x](mailto:someone@example.com)" })
	void shouldKeepLinksThatStayOnTheSiteInternal(String link) {
		assertThat(answerHtml(link)).contains("<a").doesNotContain("nofollow");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[x](/guides/other)", "[x](other-page)", "[x](#no-such-heading)" })
	void shouldShowLinksThatLeadNowhereAsText(String link) {
		assertThat(answerHtml(link)).isEqualTo("<p>x</p>\n");
	}

	private static String answerHtml(String answerMarkdown) {
		return new GuideParser()
			.parse("links.md", ("# Guide\n\n## Question\n\n" + answerMarkdown + "\n").getBytes(StandardCharsets.UTF_8))
			.topics()
			.get(0)
			.questions()
			.get(0)
			.answerHtml();
	}

}
