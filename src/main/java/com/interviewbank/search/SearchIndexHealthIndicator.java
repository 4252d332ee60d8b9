package com.interviewbank.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} reports the index: up when it answers and holds every active question.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealthIndicator implements HealthIndicator {

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		try {
			long indexed = this.index.activeDocuments();
			long stored = this.index.activeQuestions();
			Health.Builder health = indexed == stored ? Health.up() : Health.outOfService();
			return health.withDetail("indexedQuestions", indexed).withDetail("activeQuestions", stored).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
