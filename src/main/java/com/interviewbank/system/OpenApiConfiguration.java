package com.interviewbank.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API described at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}
 * (served from its WebJar, no CDN): the read side open, the admin API behind a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String ADMIN = "admin";

	@Bean
	OpenAPI interviewBankApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Interview Bank API")
				.version(properties != null ? properties.getVersion() : "dev")
				.description("Guides, topics, questions and search (open); imports and tokens (admin: Authorization: Bearer <token>). "
						+ "Errors are RFC 9457 problem details.")
				.license(new License().name("See the project's README")))
			.components(new Components().addSecuritySchemes(ADMIN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

	/** Marks the operations of {@code /admin/api} as needing an admin token. */
	@Bean
	OpenApiCustomizer adminApiNeedsLogin() {
		return api -> api.getPaths()
			.entrySet()
			.stream()
			.filter(path -> path.getKey().startsWith("/admin/api/"))
			.flatMap(path -> path.getValue().readOperations().stream())
			.forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(ADMIN)));
	}

}
