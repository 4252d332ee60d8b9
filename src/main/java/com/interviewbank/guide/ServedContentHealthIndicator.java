package com.interviewbank.guide;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} reports whether there is anything to read: up once at least one guide
 * is published with an active version. Before the first import it is unknown, which leaves the
 * overall status alone: an empty bank is a fresh install, not a broken one.
 */
@Component("contentHealthIndicator")
class ServedContentHealthIndicator implements HealthIndicator {

	private final ServedContent content;

	ServedContentHealthIndicator(ServedContent content) {
		this.content = content;
	}

	@Override
	public Health health() {
		long live = this.content.guides()
			.stream()
			.filter(guide -> guide.published() && guide.activeVersionId() != null)
			.count();
		Health.Builder health = live > 0 ? Health.up() : Health.unknown().withDetail("reason", "no guide imported yet");
		return health.withDetail("publishedGuides", live).build();
	}

}
