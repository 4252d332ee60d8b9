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
 * analysis. There is no cluster here, so this proves the app starts with it (no version check,
 * no schema management); the README says how to run it against a real cluster.
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
