package com.interviewbank.security;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin API takes named, revocable bearer tokens, stored hashed and shown once, plus the
 * configured BANK_ADMIN_TOKEN; it never asks a browser for a Basic password.
 */
@SharedBankTest
class ApiTokenTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldCreateUseListAndRevokeATokenThroughTheApi() throws Exception {
		JsonNode created = this.json.readTree(this.mvc
			.perform(post("/admin/api/tokens").header("Authorization", "Bearer " + TestAdmin.TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"deploy pipeline\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("deploy pipeline"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String token = created.get("token").asString();
		long id = created.get("id").asLong();
		assertThat(token).startsWith("ibk_").hasSizeGreaterThan(40);

		this.mvc.perform(get("/admin/api/imports").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/api/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("deploy pipeline"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
		assertThat(this.jdbc.queryForList("select token_hash from api_token where id = ?", String.class, id))
			.singleElement()
			.satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(token));

		this.mvc.perform(delete("/admin/api/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/admin/api/imports").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void shouldRefuseATokenWithoutAName() throws Exception {
		this.mvc.perform(post("/admin/api/tokens").header("Authorization", "Bearer " + TestAdmin.TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid token name"));
		this.mvc.perform(delete("/admin/api/tokens/987654").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void shouldNeverChallengeABrowserWithBasic() throws Exception {
		this.mvc.perform(get("/admin/api/imports").accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
		this.mvc.perform(get("/admin/api/imports").with(httpBasic(TestAdmin.USERNAME, "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
		this.mvc.perform(get("/admin").header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		this.mvc.perform(get("/admin/api/imports").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldShowANewTokenOnceOnTheAdminPageAndRevokeIt() throws Exception {
		String token = this.mvc.perform(post("/admin/tokens").param("name", "laptop").with(user(TestAdmin.USERNAME).roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("created"))
			.andReturn()
			.getFlashMap()
			.get("created")
			.toString();
		assertThat(token).contains("ibk_");
		Long id = this.jdbc.queryForObject("select max(id) from api_token where name = 'laptop'", Long.class);
		this.mvc.perform(get("/admin/tokens").with(user(TestAdmin.USERNAME).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("laptop")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("ibk_"))));
		this.mvc.perform(post("/admin/tokens/" + id + "/revoke").with(user(TestAdmin.USERNAME).roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where id = ?", Integer.class, id)).isZero();
	}

}
