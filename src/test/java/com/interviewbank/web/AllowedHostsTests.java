package com.interviewbank.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a public URL set, a request naming another host is refused before any page (and its links)
 * could be rendered or cached for it; the public host and localhost are served.
 */
@SpringBootTest(properties = { "bank.public-url=https://bank.example", "bank.import-content-at-startup=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AllowedHostsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldRefuseAHostThatIsNotThePublicOne() throws Exception {
		for (String path : new String[] { "/", "/sitemap.xml", "/robots.txt", "/guides/any/changes.atom" }) {
			this.mvc.perform(get(path).header("Host", "evil.example"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Unknown host"))
				.andExpect(content().string(not(containsString("evil.example"))));
		}
	}

	@Test
	void shouldServeThePublicHostAndLocalhostWithLinksToThePublicUrl() throws Exception {
		this.mvc.perform(get("/robots.txt").header("Host", "bank.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("https://bank.example/sitemap.xml")));
		this.mvc.perform(get("/robots.txt")).andExpect(status().isOk());
	}

	@Test
	void shouldLetHealthProbesThroughByAddress() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness").header("Host", "10.0.0.7:8080")).andExpect(status().isOk());
	}

	@Test
	void shouldServeEveryHostButVaryByHostWhenNoPublicUrlIsSet() {
		assertThat(AllowedHosts.hosts(java.util.List.of(), "")).isEmpty();
		assertThat(AllowedHosts.hosts(java.util.List.of(), "https://bank.example/")).containsExactlyInAnyOrder("bank.example",
				"localhost");
		assertThat(AllowedHosts.hosts(java.util.List.of("a.example", "B.example"), "https://bank.example"))
			.containsExactlyInAnyOrder("a.example", "b.example");
	}

}
