package com.interviewbank.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insight log is written in batches, off the searches: nothing until a write, then every
 * search queued; rows older than the window deleted; no more rows a day than the cap, and no
 * search waits or fails when the queue is full (it is dropped and counted). Each test logs queries
 * of its own, deleted after it.
 */
@SharedBankTest
class SearchInsightTests {

	private static final String PREFIX = "insight-test ";

	@Autowired
	private SearchLogRepository log;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SearchInsight sharedInsight;

	@AfterEach
	void deleteTheRowsOfThisClass() {
		this.jdbc.update("delete from search_log where query like ?", PREFIX + "%");
	}

	@Test
	void shouldWriteQueuedSearchesOnlyAtTheNextFlush() {
		SearchInsight insight = insight(100, 1_000_000);
		insight.record(results("queued one", 3));
		insight.record(results("queued two", 0));
		assertThat(rows("queued%")).isZero();
		insight.flush();
		assertThat(rows("queued%")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select result_count from search_log where query = ?", Long.class,
				PREFIX + "queued two")).isZero();
		assertThat(insight.dropped()).isZero();
	}

	@Test
	void shouldDeleteRowsOlderThanTheWindow() {
		Instant old = Instant.now().minus(SearchInsight.WINDOW).minus(Duration.ofDays(1));
		Instant recent = Instant.now().minus(SearchInsight.WINDOW).plus(Duration.ofDays(1));
		this.jdbc.update("insert into search_log (query, result_count, searched_at) values (?, 1, ?)", PREFIX + "old",
				Timestamp.from(old));
		this.jdbc.update("insert into search_log (query, result_count, searched_at) values (?, 1, ?)", PREFIX + "recent",
				Timestamp.from(recent));
		insight(10, 1_000_000).flush();
		assertThat(rows("old")).isZero();
		assertThat(rows("recent")).isEqualTo(1);
	}

	@Test
	void shouldDropSearchesPastTheQueueOrTheDaysCapAndCountThem() {
		this.sharedInsight.flush();
		Instant now = Instant.now();
		long today = this.jdbc.queryForObject("select count(*) from search_log where searched_at >= ?", Long.class,
				Timestamp.from(now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
		SearchInsight insight = insight(5, (int) today + 3);
		for (int i = 0; i < 7; i++) {
			insight.record(results("capped " + i, 1));
		}
		assertThat(insight.dropped()).isEqualTo(2);
		insight.flush();
		assertThat(rows("capped%")).isEqualTo(3);
		assertThat(insight.dropped()).isEqualTo(4);
		insight.record(results("capped later", 1));
		insight.flush();
		assertThat(rows("capped%")).isEqualTo(3);
		assertThat(insight.dropped()).isEqualTo(5);
	}

	@Test
	void shouldShowQueuedSearchesInTheReportAndOfferThemAsPopular() {
		SearchInsight insight = insight(100, 1_000_000);
		// Often enough to be among the most frequent whatever other tests searched.
		for (int i = 0; i < 50; i++) {
			insight.record(results("reported", 2));
		}
		assertThat(insight.report().frequent()).extracting(QueryCount::query).contains(PREFIX + "reported");
		assertThat(insight.popular(1000)).contains(PREFIX + "reported");
	}

	private SearchInsight insight(int queueSize, int maxPerDay) {
		return new SearchInsight(this.log, this.jdbc, Clock.systemUTC(), queueSize, maxPerDay);
	}

	private long rows(String pattern) {
		return this.jdbc.queryForObject("select count(*) from search_log where query like ?", Long.class, PREFIX + pattern);
	}

	private static SearchResults results(String query, long total) {
		return new SearchResults(PREFIX + query, total, 0, 10, null, SearchResults.Facets.NONE, List.of(), null, null);
	}

}
