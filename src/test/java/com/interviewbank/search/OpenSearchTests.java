package com.interviewbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.interviewbank.InterviewBankApplication;
import com.interviewbank.imports.ImportRequest;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.OpenSearchNode;
import com.interviewbank.support.RequiredEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elasticsearch/OpenSearch backend against a real OpenSearch 2.19 node ({@link OpenSearchNode}),
 * set up as the README says ({@code bank.search.backend=elasticsearch} and the cluster's URIs): the
 * same analysis ({@link AnalysisCases}) and the same relevance ({@link SeedRelevanceCases},
 * {@link LanguageRelevanceCases}) as on Lucene, and two nodes of the bank on one database and one
 * cluster, the second configured by the README's environment variables: what one imports, the
 * other finds. Its own context: the test profile's database, named so the second node shares it.
 */
@RequiredEnvironment.Needs(RequiredEnvironment.OPENSEARCH)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bank.tests.context=opensearch", "bank.content.poll-interval=1h", "bank.search.backend=elasticsearch",
				"spring.datasource.url=" + OpenSearchTests.DATABASE, "bank.data-dir=target/opensearch/node-a" })
@ActiveProfiles("test")
class OpenSearchTests {

	/** One in-memory database for both nodes of this JVM, kept while either uses it. */
	static final String DATABASE = "jdbc:h2:mem:opensearch-bank;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	/** Where Hibernate Search reads the question index (an alias of its current index). */
	private static final String INDEX = IndexFields.ELASTICSEARCH_INDEX + "-read";

	private static final String GUIDE = "two-nodes-guide";

	private static final String MARKDOWN = "# Two nodes guide\n\n## Migrating birds\n\nThe zebrafinch sings at dawn.\n";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		registry.add("bank.search.elasticsearch.uris", () -> OpenSearchNode.uri().toString());
	}

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private ImportService imports;

	@Test
	void shouldSearchTheClusterWithTheElasticsearchBackend() throws Exception {
		assertThat(Search.mapping(this.entityManagerFactory).backend()).isInstanceOf(ElasticsearchBackend.class);
		JsonNode count = cluster("GET", "/" + INDEX + "/_count", null);
		assertThat(count.path("count").asLong()).as("the seed's questions, in the cluster").isPositive();
	}

	@Test
	void shouldFindOnOneNodeWhatAnImportAppliedOnTheOther() throws Exception {
		try (ConfigurableApplicationContext nodeB = startNodeAsTheReadmeSays()) {
			// Not a Lucene index of its own, which would catch up on the import from the database.
			assertThat(Search.mapping(nodeB.getBean(EntityManagerFactory.class)).backend())
				.isInstanceOf(ElasticsearchBackend.class);
			assertThat(searchOn(nodeB, "zebrafinch")).as("before the import").doesNotContain("migrating-birds");
			this.imports.run(new ImportRequest(ImportRun.Source.API, GUIDE + ".md", MARKDOWN.getBytes(StandardCharsets.UTF_8),
					GUIDE, "admin", false));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			String found = searchOn(nodeB, "zebrafinch");
			while (!found.contains("\"question\":\"migrating-birds\"") && System.nanoTime() < deadline) {
				Thread.sleep(100);
				found = searchOn(nodeB, "zebrafinch");
			}
			assertThat(found).contains("\"guide\":\"" + GUIDE + "\"", "\"question\":\"migrating-birds\"");
		}
	}

	/**
	 * A second node of the bank: the app as the README starts it, with the cluster given by the
	 * environment variables it names, on the first node's database.
	 */
	private static ConfigurableApplicationContext startNodeAsTheReadmeSays() {
		StandardEnvironment environment = new StandardEnvironment();
		// Named like the system environment, so that Spring Boot binds BANK_SEARCH_... as it does there.
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("readme-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("BANK_SEARCH_BACKEND", "elasticsearch", "BANK_SEARCH_ELASTICSEARCH_URIS",
							OpenSearchNode.uri().toString())));
		return new SpringApplicationBuilder(InterviewBankApplication.class).environment(environment)
			.profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + DATABASE, "--bank.data-dir=target/opensearch/node-b",
					"--bank.import-content-at-startup=false", "--bank.content.poll-interval=200ms",
					"--spring.main.banner-mode=off");
	}

	private static String searchOn(ConfigurableApplicationContext node, String query) throws Exception {
		String port = node.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q=" + query)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** A request to the cluster itself, its answer read as JSON. */
	private static JsonNode cluster(String method, String path, Map<String, String> body)
			throws IOException, InterruptedException {
		HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(OpenSearchNode.uri().resolve(path))
			.header("Content-Type", "application/json")
			.method(method, content)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** The analysers as the cluster has them in the bank's index ({@code _analyze}). */
	@Nested
	class ClusterAnalysis extends AnalysisCases {

		@Override
		List<String> tokens(String analyzerName, String text) {
			return analyze(Map.of("analyzer", analyzerName, "text", text)).stream().toList();
		}

		@Override
		String normalized(String normalizerName, String text) {
			return String.join(" ", analyze(Map.of("normalizer", normalizerName, "text", text)));
		}

		private List<String> analyze(Map<String, String> request) {
			try {
				return cluster("POST", "/" + INDEX + "/_analyze", request).path("tokens")
					.valueStream()
					.map(token -> token.path("token").asString())
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	@Nested
	class SeedRelevance extends SeedRelevanceCases {

	}

	@Nested
	class LanguageRelevance extends LanguageRelevanceCases {

	}

}
