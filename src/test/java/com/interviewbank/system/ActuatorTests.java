package com.interviewbank.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators see: health (database, search index, content) and info (build, active versions,
 * last import) for anyone; metrics and Prometheus for the admin only; a request id in responses and
 * log lines.
 */
@SharedBankTest
@ExtendWith(OutputCaptureExtension.class)
class ActuatorTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldReportTheDatabaseTheIndexAndTheContent() throws Exception {
		this.mvc.perform(get("/actuator/health").with(user("keeper").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.details.servedQuestions").value(greaterThan(0)))
			.andExpect(jsonPath("$.components.content.status").value("UP"))
			.andExpect(jsonPath("$.components.content.details.publishedGuides").value(greaterThan(0)));
		this.mvc.perform(get("/actuator/health/readiness").with(user("keeper").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.content.status").value("UP"));
	}

	@Test
	void shouldTellTheBuildTheActiveVersionsAndTheLastImport() throws Exception {
		this.mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"))
			.andExpect(jsonPath("$.content['python-senior-lead-questions'].version").value(1))
			.andExpect(jsonPath("$.content['python-senior-lead-questions'].questions").value(143))
			.andExpect(jsonPath("$.lastImport.status").isString());
	}

	@Test
	void shouldKeepMetricsAndPrometheusForTheAdmin() throws Exception {
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(TestAdmin.USERNAME, "wrong"))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names").isArray());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void shouldReportTheHitsOfTheSearchAndPageCaches() throws Exception {
		// A repeated URL is answered by the page cache; the same search through another URL (the
		// page, then the API) is answered by the search cache.
		this.mvc.perform(get("/search").param("q", "metaclass cache hit")).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", "metaclass cache hit")).andExpect(status().isOk());
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/guides")).andExpect(status().isOk());
		}
		for (String cache : new String[] { "search", "pages" }) {
			this.mvc
				.perform(get("/actuator/metrics/cache.gets").param("tag", "cache:" + cache)
					.param("tag", "result:hit")
					.with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.measurements[0].value").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1.0)));
		}
	}

	@Test
	void shouldPrintTheRequestIdInTheLogLinesOfThatRequest(CapturedOutput output) throws Exception {
		this.mvc.perform(post("/admin/api/imports").param("guide", "request-id-guide")
			.param("dryRun", "false")
			.contentType("text/markdown")
			.content("# Logged guide\n\n## Logged question\n\nAn answer.\n")
			.header("X-Request-Id", "probe-7f3a")
			.header("X-Requested-With", "ActuatorTests")
			.with(httpBasic(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Request-Id", "probe-7f3a"));
		assertThat(output.getAll().lines().filter(line -> line.contains("probe-7f3a"))).isNotEmpty()
			.allMatch(line -> line.contains("[probe-7f3a]"));
	}

}
