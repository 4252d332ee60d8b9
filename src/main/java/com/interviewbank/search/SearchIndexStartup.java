package com.interviewbank.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Checks the index against the bank before the server takes its first request.
 */
@Component
class SearchIndexStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

	private final SearchIndex index;

	private final SearchProperties properties;

	SearchIndexStartup(SearchIndex index, SearchProperties properties) {
		this.index = index;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.index.verify();
		}
		catch (RuntimeException ex) {
			// An unreachable Elasticsearch cluster must not stop the bank from serving pages.
			log.warn("Could not check the search index ({} backend): {}", this.properties.backend(), ex.getMessage());
		}
	}

}
