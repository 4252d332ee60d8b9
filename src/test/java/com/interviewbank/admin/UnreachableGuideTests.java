package com.interviewbank.admin;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

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
@SharedBankTest
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
		this.mvc.perform(get("/admin").with(user(TestAdmin.USERNAME).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<code>../old</code>")));
		this.mvc.perform(post("/admin/guides/delete").param("slug", "../old")
			.param("confirm", "../old")
			.with(user(TestAdmin.USERNAME).roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from guide where slug = '../old'", Integer.class)).isZero();
	}

}
