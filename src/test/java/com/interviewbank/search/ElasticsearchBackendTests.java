package com.interviewbank.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bank.search.backend=elasticsearch} selects the Elasticsearch backend with its own
 * analysis, and the app starts with it even with no cluster to reach when it neither checks the
 * version nor manages the schema. {@link OpenSearchTests} runs it against a real node.
 */
@SpringBootTest(properties = { "bank.search.backend=elasticsearch", "bank.search.elasticsearch.uris=http://127.0.0.1:9",
		"bank.search.elasticsearch.version-check=false", "bank.search.elasticsearch.schema-management=none",
		"bank.import-content-at-startup=false" })
@ActiveProfiles("test")
class ElasticsearchBackendTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private IndexTerms terms;

	@Test
	void shouldStartWithTheElasticsearchBackendSelected() {
		var backend = Search.mapping(this.entityManagerFactory).backend();
		assertThat(backend).isInstanceOf(ElasticsearchBackend.class);
		assertThat(ElasticsearchAnalysis.synonyms()).contains("gil, global interpreter lock");
	}

	/** No term dictionary to read here: a search counts matches per word instead. */
	@Test
	void shouldLeaveMisspellingsToCountQueries() {
		assertThat(this.terms.unknown(java.util.List.of("garbadge"), java.util.Set.of())).isEmpty();
	}

}
