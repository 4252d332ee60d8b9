package com.interviewbank.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records submitted searches and tells admins what readers look for: the most frequent queries
 * and the ones that found nothing, over the last 30 days. That is where a guide has gaps.
 */
@Service
public class SearchInsight {

	static final Duration WINDOW = Duration.ofDays(30);

	private static final int TOP = 20;

	private final SearchLogRepository log;

	private final Clock clock;

	SearchInsight(SearchLogRepository log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/** What the admin page shows. */
	public record Report(List<QueryCount> frequent, List<QueryCount> withoutResults) {
	}

	@Transactional
	void record(SearchResults results) {
		String query = results.query().strip().toLowerCase(Locale.ROOT);
		if (!query.isEmpty()) {
			this.log.save(new SearchLogEntry(query, results.total(), this.clock.instant()));
		}
	}

	/** The queries searched most often lately that found something, to offer when a search finds nothing. */
	@Transactional(readOnly = true)
	List<String> popular(int limit) {
		return this.log.countsSince(this.clock.instant().minus(WINDOW))
			.stream()
			.filter(count -> count.withoutResults() < count.searches())
			.map(QueryCount::query)
			.limit(limit)
			.toList();
	}

	@Transactional(readOnly = true)
	public Report report() {
		List<QueryCount> counts = this.log.countsSince(this.clock.instant().minus(WINDOW));
		return new Report(counts.stream().limit(TOP).toList(),
				counts.stream().filter(c -> c.withoutResults() > 0).limit(TOP).toList());
	}

}
