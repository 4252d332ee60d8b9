package com.interviewbank.admin;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;
import com.interviewbank.support.TestAdmin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guide's relative links are text with a warning until an admin gives it a source address;
 * then, once the dry run is applied, they lead there.
 */
@SharedBankTest
class SourceAddressTests {

	private static final String GUIDE = "# Sourced\n\n## Which licence?\n\nSee [the licence](LICENSE.md) and [a part](#which-licence).\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Test
	void shouldSendRelativeLinksToTheSourceAddressOnceSet() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "sourced.md", GUIDE.getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(get("/guides/sourced/questions/which-licence"))
			.andExpect(content().string(containsString("See the licence and")))
			.andExpect(content().string(containsString("href=\"/guides/sourced/anchors/which-licence\"")));
		String id = this.mvc
			.perform(put("/admin/api/guides/sourced/source-web-url").header("Authorization", "Bearer " + TestAdmin.TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sourceWebUrl\": \"https://github.com/o/r/blob/main\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRY_RUN"))
			.andExpect(jsonPath("$.warnings.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
		this.mvc.perform(post("/admin/api/imports/" + id + "/apply").header("Authorization", "Bearer " + TestAdmin.TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"));
		this.mvc.perform(get("/guides/sourced/questions/which-licence"))
			.andExpect(content().string(containsString(
					"<a href=\"https://github.com/o/r/blob/main/LICENSE.md\" rel=\"nofollow noopener\">the licence</a>")));
	}

	@Test
	void shouldRefuseASourceAddressThatIsNotAWebAddress() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "badly-sourced.md", GUIDE.getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(put("/admin/api/guides/badly-sourced/source-web-url")
			.header("Authorization", "Bearer " + TestAdmin.TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceWebUrl\": \"javascript:alert(1)\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid guide details"));
		this.mvc.perform(get("/guides/badly-sourced/questions/which-licence"))
			.andExpect(content().string(not(containsString("javascript"))));
	}

}
