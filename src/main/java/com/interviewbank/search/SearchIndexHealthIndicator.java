package com.interviewbank.search;

import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.interviewbank.guide.ServedContent;

/**
 * {@code /actuator/health} reports the index: up when it answers and holds every question this
 * node serves. A node indexing a version another node activated still serves the previous one,
 * fully indexed, so it stays up (and ready) meanwhile.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealthIndicator implements HealthIndicator {

	private final SearchIndex index;

	private final ServedContent content;

	SearchIndexHealthIndicator(SearchIndex index, ServedContent content) {
		this.index = index;
		this.content = content;
	}

	@Override
	public Health health() {
		try {
			List<Long> served = this.content.servedVersionIds();
			long indexed = this.index.documentsIn(served);
			long stored = this.index.questionsIn(served);
			Health.Builder health = indexed == stored ? Health.up() : Health.outOfService();
			return health.withDetail("indexedQuestions", indexed).withDetail("servedQuestions", stored).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
