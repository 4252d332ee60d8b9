package com.interviewbank.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Records submitted searches and tells admins what readers look for: the most frequent queries
 * and the ones that found nothing, over the last 30 days. That is where a guide has gaps.
 *
 * <p>
 * A search is never slowed by its log line: it goes to a bounded queue in memory, written to the
 * database in one JDBC batch every few seconds (and before the admins' report is read, and at
 * shutdown). When the queue is full, or the day's cap of rows is reached, a search is dropped and
 * counted ({@code bank.search.insight.dropped}), never waited for. Each write also deletes the
 * rows older than the window, so the table holds at most the window's days of capped rows.
 */
@Service
public class SearchInsight {

	private static final Logger logger = LoggerFactory.getLogger(SearchInsight.class);

	static final Duration WINDOW = Duration.ofDays(30);

	private static final int TOP = 20;

	private static final int BATCH = 1000;

	/** The most popular searches kept in memory for pages that found nothing. */
	private static final int POPULAR = 20;

	private final SearchLogRepository log;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final BlockingQueue<Searched> pending;

	private final int maxPerDay;

	private final AtomicLong dropped = new AtomicLong();

	/** Rows written on {@link #day}, read from the table the first time a day is written. */
	private LocalDate day;

	private long writtenToday;

	/** The searches most often made lately that found something, as of the last write. */
	private volatile List<String> popular;

	private record Searched(String query, long results, Instant at) {
	}

	@Autowired
	SearchInsight(SearchLogRepository log, JdbcTemplate jdbc, Clock clock, SearchProperties properties,
			ObjectProvider<MeterRegistry> registry) {
		this(log, jdbc, clock, properties.insight().queueSize(), properties.insight().maxPerDay());
		registry.ifAvailable(meters -> {
			Gauge.builder("bank.search.insight.dropped", this.dropped, AtomicLong::get)
				.description("Searches not logged for the insight: the queue was full or the day's cap reached")
				.register(meters);
			Gauge.builder("bank.search.insight.pending", this.pending, BlockingQueue::size).register(meters);
		});
	}

	SearchInsight(SearchLogRepository log, JdbcTemplate jdbc, Clock clock, int queueSize, int maxPerDay) {
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock;
		this.pending = new ArrayBlockingQueue<>(Math.max(1, queueSize));
		this.maxPerDay = maxPerDay;
	}

	/** What the admin page shows. */
	public record Report(List<QueryCount> frequent, List<QueryCount> withoutResults) {
	}

	/** Queues a submitted search for the next write; drops it if the queue is full. */
	void record(SearchResults results) {
		record(results.query(), results.total());
	}

	/** Queues a submitted search of these words, which found this many results. */
	void record(String query, long results) {
		String words = query.strip().toLowerCase(Locale.ROOT);
		if (!words.isEmpty() && !this.pending.offer(new Searched(words, results, this.clock.instant()))) {
			this.dropped.incrementAndGet();
		}
	}

	/** How many searches were not logged since start-up: queue full, or the day's cap reached. */
	long dropped() {
		return this.dropped.get();
	}

	/**
	 * Writes the searches queued, in batches, within the day's cap, and deletes the rows older
	 * than the window.
	 */
	@Scheduled(fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
	synchronized void flush() {
		List<Searched> batch = new ArrayList<>(BATCH);
		boolean changed = this.popular == null;
		while (this.pending.drainTo(batch, BATCH) > 0) {
			changed |= write(batch);
			batch.clear();
		}
		changed |= this.jdbc.update("delete from search_log where searched_at < ?",
				Timestamp.from(this.clock.instant().minus(WINDOW))) > 0;
		if (changed) {
			this.popular = this.log.countsSince(this.clock.instant().minus(WINDOW))
				.stream()
				.filter(count -> count.withoutResults() < count.searches())
				.map(QueryCount::query)
				.limit(POPULAR)
				.toList();
		}
	}

	/** Whether any row was written. */
	private boolean write(List<Searched> batch) {
		List<Object[]> rows = new ArrayList<>(batch.size());
		for (Searched searched : batch) {
			if (withinTheDaysCap(searched.at())) {
				rows.add(new Object[] { searched.query(), searched.results(), Timestamp.from(searched.at()) });
			}
			else {
				this.dropped.incrementAndGet();
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("insert into search_log (query, result_count, searched_at) values (?, ?, ?)", rows);
		}
		return !rows.isEmpty();
	}

	private boolean withinTheDaysCap(Instant at) {
		LocalDate date = at.atZone(ZoneOffset.UTC).toLocalDate();
		if (!date.equals(this.day)) {
			Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
			Long rows = this.jdbc.queryForObject("select count(*) from search_log where searched_at >= ? and searched_at < ?",
					Long.class, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofDays(1))));
			this.day = date;
			this.writtenToday = rows == null ? 0 : rows;
		}
		if (this.writtenToday >= this.maxPerDay) {
			return false;
		}
		this.writtenToday++;
		return true;
	}

	/** Writes what is queued before the application stops. */
	@PreDestroy
	void flushAtShutdown() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not write the last {} searches of the insight: {}", this.pending.size(), ex.getMessage());
		}
	}

	/**
	 * The queries searched most often lately that found something, to offer when a search finds
	 * nothing: as of the last write, read from memory.
	 */
	List<String> popular(int limit) {
		List<String> known = this.popular;
		if (known == null) {
			flush();
			known = this.popular;
		}
		return known.stream().limit(limit).toList();
	}

	/** The insight, with the searches still queued written first. */
	public Report report() {
		flush();
		List<QueryCount> counts = this.log.countsSince(this.clock.instant().minus(WINDOW));
		return new Report(counts.stream().limit(TOP).toList(),
				counts.stream().filter(c -> c.withoutResults() > 0).limit(TOP).toList());
	}

}
