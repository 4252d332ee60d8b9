package com.interviewbank;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application starts, reports healthy, and is whole once up although Hibernate is built in the
 * background. (That the importer is wired with the configured
 * limits is {@code imports.ParserConfigurationTests}.)
 */
@SeedBankTest
class InterviewBankApplicationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LocalContainerEntityManagerFactoryBean entityManagerFactory;

	@Test
	void shouldReportHealthy() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	/**
	 * Hibernate ORM and Search are built on a thread of their own while the web beans are made
	 * ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}), yet the start-up checks wait
	 * for them: the first request finds the seed imported, its pages and its search index.
	 */
	@Test
	void shouldServeTheImportedSeedAsSoonAsItIsUpThoughHibernateIsBuiltInTheBackground() throws Exception {
		assertThat(this.entityManagerFactory.getBootstrapExecutor()).isNotNull();
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Python Questions for Senior and Lead roles")));
		this.mvc.perform(get("/search").param("q", "metaclasses"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/questions/")));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

}
