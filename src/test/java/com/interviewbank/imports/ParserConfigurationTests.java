package com.interviewbank.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.markdown.RejectionReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The importer's parser is wired with the configured limits ({@code bank.import.*}). Only the
 * wiring is started, not the app: a limit of its own needs no context of the whole app.
 */
class ParserConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ParserConfiguration.class);

	@Test
	void shouldApplyTheConfiguredSizeLimitToTheParser() {
		byte[] threeKilobytes = ("# G\n\n## Q\n\n" + "x".repeat(3 * 1024)).getBytes(StandardCharsets.UTF_8);
		this.context.withPropertyValues("bank.import.max-size=2KB").run(context -> {
			GuideParser parser = context.getBean(GuideParser.class);
			assertThatExceptionOfType(RejectedGuideException.class).isThrownBy(() -> parser.parse("g.md", threeKilobytes))
				.satisfies(error -> assertThat(error.problem()).isEqualTo(RejectionReason.TOO_LARGE));
		});
	}

}
