package com.interviewbank;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.markdown.RejectionReason;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application starts, reports healthy, and wires the importer with the configured limits.
 */
@SpringBootTest(properties = "bank.import.max-size=2KB")
@org.springframework.test.context.ActiveProfiles("test")
@AutoConfigureMockMvc
class InterviewBankApplicationTests {

	@Autowired
	private GuideParser parser;

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldReportHealthy() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void shouldApplyTheConfiguredSizeLimitToTheParser() {
		byte[] threeKilobytes = ("# G\n\n## Q\n\n" + "x".repeat(3 * 1024)).getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(RejectedGuideException.class).isThrownBy(() -> this.parser.parse("g.md", threeKilobytes))
			.satisfies(error -> org.assertj.core.api.Assertions.assertThat(error.problem())
				.isEqualTo(RejectionReason.TOO_LARGE));
	}

}
