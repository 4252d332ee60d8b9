package com.interviewbank.admin;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guide imported before slugs were checked (its slug no link can reach) is listed for the admin
 * and can be deleted.
 */
@SpringBootTest(properties = { "bank.admin.username=keeper", "bank.admin.password=correct horse",
		"bank.admin.token=configured-automation-token", "bank.import-content-at-startup=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnreachableGuideTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldLetTheAdminDeleteAGuideWhoseSlugNoLinkReaches() throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("insert into guide (slug, title, language, created_at, updated_at) values ('../old', 'Old', 'en', ?, ?)",
				now, now);
		this.mvc.perform(get("/admin").with(user("keeper").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<code>../old</code>")));
		this.mvc.perform(post("/admin/guides/delete").param("slug", "../old")
			.param("confirm", "../old")
			.with(user("keeper").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from guide where slug = '../old'", Integer.class)).isZero();
	}

}
