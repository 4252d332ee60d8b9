package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bad input is refused before parsing with the importer's own error, a status a client can act
 * on and a message a person understands.
 */
class GuardRailTests {

	private final GuideParser parser = new GuideParser(new ParseLimits(1024 * 1024, 64));

	@Test
	void shouldRefuseAGuideLargerThanTheLimitWith413() {
		byte[] big = ("# Big\n\n## Q\n\n" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
		RejectedGuideException error = refused(big);
		assertThat(error.problem()).isEqualTo(RejectionReason.TOO_LARGE);
		assertThat(error.httpStatus()).isEqualTo(413);
		assertThat(error.getMessage()).isEqualTo("The guide is 1.0 MB; the largest accepted is 1.0 MB.");
	}

	@Test
	void shouldRefuseBinaryWith415() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		RejectedGuideException error = refused(png);
		assertThat(error.problem()).isEqualTo(RejectionReason.NOT_TEXT);
		assertThat(error.httpStatus()).isEqualTo(415);
		assertThat(error.getMessage()).contains("not text");
	}

	@Test
	void shouldRefuseTextThatIsNotUtf8With422() {
		byte[] latin1 = "# Café\n\n## Qu'est-ce que c'est ?\n".getBytes(StandardCharsets.ISO_8859_1);
		RejectedGuideException error = refused(latin1);
		assertThat(error.problem()).isEqualTo(RejectionReason.NOT_UTF8);
		assertThat(error.httpStatus()).isEqualTo(422);
		assertThat(error.getMessage()).contains("not valid UTF-8");
	}

	@Test
	void shouldRefuseAnEmptyGuideWith422() {
		assertThat(refused(" \n\n \t\n".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo(RejectionReason.EMPTY);
		assertThat(refused(new byte[0]).httpStatus()).isEqualTo(422);
	}

	@Test
	void shouldRefuseAGuideWithNoHeadingsAndNoTitleWith422() {
		RejectedGuideException error = refused("Just a paragraph.\n\n- and a list\n".getBytes(StandardCharsets.UTF_8));
		assertThat(error.problem()).isEqualTo(RejectionReason.NO_HEADINGS);
		assertThat(error.getMessage()).contains("no headings");
	}

	@Test
	void shouldRefuseDeepNestingBeforeFlexmarkOverflowsItsStack() {
		String[] deep = { "# T\n\n" + "- ".repeat(20_000) + "x\n", "# T\n\n" + ">".repeat(20_000) + " x\n",
				"# T\n\n" + "*a ".repeat(5_000) + "b" + " c*".repeat(5_000) + "\n",
				"# T\n\n" + "[".repeat(10_000) + "x" + "](u)".repeat(10_000) + "\n" };
		for (String markdown : deep) {
			RejectedGuideException error = refused(markdown.getBytes(StandardCharsets.UTF_8));
			assertThat(error.problem()).isEqualTo(RejectionReason.TOO_DEEPLY_NESTED);
			assertThat(error.httpStatus()).isEqualTo(422);
			assertThat(error.getMessage()).startsWith("Line 3 nests");
		}
	}

	@Test
	void shouldRefuseAParagraphWithSoManyInlineElementsThatParsingWouldTakeMinutes() {
		String markdown = "# T\n\n## Q\n\n" + "<b>x</b> ".repeat(16_000) + "\n";
		RejectedGuideException error = refused(markdown.getBytes(StandardCharsets.UTF_8));
		assertThat(error.problem()).isEqualTo(RejectionReason.TOO_DEEPLY_NESTED);
		assertThat(error.getMessage()).startsWith("The paragraph ending at line 5 holds more than 4000 links");
	}

	@Test
	void shouldAcceptOrdinaryNestingAndEmphasis() {
		String markdown = "# T\n\n## Q\n\n- a\n  - b\n    - c\n      > quote **bold _and italic_** `*not* [code`\n";
		ParsedGuide guide = this.parser.parse("ok.md", markdown.getBytes(StandardCharsets.UTF_8));
		assertThat(guide.topics().get(0).questions().get(0).answerHtml()).contains("<strong>bold <em>and italic</em></strong>");
	}

	private RejectedGuideException refused(byte[] source) {
		return assertThatExceptionOfType(RejectedGuideException.class)
			.isThrownBy(() -> this.parser.parse("guide.md", source))
			.actual();
	}

}
