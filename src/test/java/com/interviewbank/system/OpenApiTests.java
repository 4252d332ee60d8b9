package com.interviewbank.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.security.SecurityHeaders;
import com.interviewbank.support.SeedBankTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API described by OpenAPI, every path of the JSON API in docs/ARCHITECTURE.md listed, and Swagger UI served
 * from the app itself under the same strict policy as every page.
 */
@SeedBankTest
class OpenApiTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListEveryPathOfTheJsonApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Interview Bank API"))
			.andExpect(jsonPath("$.paths['/api/guides'].get").exists())
			.andExpect(jsonPath("$.paths['/api/guides/{guideSlug}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/guides/{guideSlug}/topics/{topicSlug}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/guides/{guideSlug}/questions/{questionSlug}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/search'].get").exists())
			.andExpect(jsonPath("$.paths['/api/search/suggest'].get").exists())
			.andExpect(jsonPath("$.paths['/admin/api/imports'].post.security[0].admin").exists())
			.andExpect(jsonPath("$.paths['/admin/api/imports'].get").exists())
			.andExpect(jsonPath("$.paths['/admin/api/imports/{id}/apply'].post").exists())
			.andExpect(jsonPath("$.paths['/guides/{guide}']").doesNotExist())
			.andExpect(jsonPath("$.components.securitySchemes.admin.scheme").value("bearer"));
	}

	@Test
	void shouldDescribeQuestionMetadataFiltersAndFacets() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'tag')]").exists())
			.andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'difficulty')].schema.type")
				.value(org.hamcrest.Matchers.hasItem("integer")))
			.andExpect(jsonPath("$.components.schemas.QuestionDetail.properties.tags.type").value("array"))
			.andExpect(jsonPath("$.components.schemas.QuestionDetail.properties.difficulty.type").value("integer"))
			.andExpect(jsonPath("$.components.schemas.QuestionSummary.properties.tags").exists())
			.andExpect(jsonPath("$.components.schemas.Facets.properties.tags.items['$ref']")
				.value("#/components/schemas/TagFacet"))
			.andExpect(jsonPath("$.components.schemas.Facets.properties.difficulty.items['$ref']")
				.value("#/components/schemas/DifficultyFacet"))
			.andExpect(jsonPath("$.components.schemas.TagFacet.properties.value.type").value("string"))
			.andExpect(jsonPath("$.components.schemas.DifficultyFacet.properties.value.type").value("integer"));
	}

	@Test
	void shouldServeSwaggerUiLocallyWithoutInlineCode() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
			.andExpect(content().string(containsString("<script src=\"./swagger-ui-bundle.js\"")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("//cdn"))));
		this.mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
	}

}
