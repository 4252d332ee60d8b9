package com.interviewbank.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Search settings, under {@code bank.search.*}.
 *
 * @param backend {@code lucene} (default: an index under the data folder) or {@code elasticsearch}
 * @param elasticsearch where the cluster is, when that backend is chosen
 * @param cacheSize how many recent answers to searches and suggestions to keep (0 turns it off)
 * @param hitCacheSize how much memory what hits show may take ({@link ShownHits}; 0 turns it off)
 * @param insight how submitted searches are logged for the admins' insight
 * @param concurrency how many searches run on the index at once, the others waiting their turn
 * ({@link SearchGate}); 0: twice the processors
 */
@ConfigurationProperties("bank.search")
record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue Elasticsearch elasticsearch,
		@DefaultValue("2000") int cacheSize, @DefaultValue("64MB") DataSize hitCacheSize, @DefaultValue Insight insight, @DefaultValue("0") int concurrency) {

	/**
	 * @param queueSize how many searches may wait in memory for the next write; more are dropped
	 * (and counted), never waited for
	 * @param maxPerDay the most searches logged per day (UTC); more are dropped and counted
	 */
	record Insight(@DefaultValue("10000") int queueSize, @DefaultValue("100000") int maxPerDay) {
	}

	enum Backend {

		LUCENE, ELASTICSEARCH

	}

	/**
	 * @param uris the cluster's URIs, comma-separated
	 * @param versionCheck whether to ask the cluster its version at start-up
	 * @param version the version to assume when not asking (Elasticsearch 8.x, or OpenSearch 2.x)
	 * @param schemaManagement Hibernate Search's schema management strategy
	 */
	record Elasticsearch(@DefaultValue("http://localhost:9200") String uris, @DefaultValue("true") boolean versionCheck,
			@DefaultValue("9.2") String version, @DefaultValue("create-or-validate") String schemaManagement) {
	}

}
