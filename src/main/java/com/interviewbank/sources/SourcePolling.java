package com.interviewbank.sources;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The fallback for hosts that cannot call the webhook: every minute, each source not checked for
 * {@code bank.sources.poll-interval} is checked ({@code 0} turns polling off).
 */
@Component
class SourcePolling {

	private static final Logger log = LoggerFactory.getLogger(SourcePolling.class);

	private final SourcesProperties properties;

	private final GitSourceRepository sources;

	private final SourceChecks checks;

	private final Clock clock;

	SourcePolling(SourcesProperties properties, GitSourceRepository sources, SourceChecks checks, Clock clock) {
		this.properties = properties;
		this.sources = sources;
		this.checks = checks;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void checkDueSources() {
		if (this.properties.pollInterval().isZero() || this.properties.pollInterval().isNegative()) {
			return;
		}
		Instant now = this.clock.instant();
		for (GitSource source : this.sources.findAllByOrderByGuideSlug()) {
			Instant last = source.getLastCheckedAt() != null ? source.getLastCheckedAt() : source.getCreatedAt();
			if (last.plus(this.properties.pollInterval()).isAfter(now)) {
				continue;
			}
			try {
				this.checks.check(source.getId(), null, "schedule");
			}
			catch (RuntimeException ex) {
				log.info("Scheduled check of source {} did not finish: {}", source.getId(), ex.getMessage());
			}
		}
	}

}
