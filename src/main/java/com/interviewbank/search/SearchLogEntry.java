package com.interviewbank.search;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One submitted search: its words, lower case, and how many results it found. No address, no
 * session, nothing about the reader.
 */
@Entity
@Table(name = "search_log")
class SearchLogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String query;

	private long resultCount;

	private Instant searchedAt;

	protected SearchLogEntry() {
	}

	SearchLogEntry(String query, long resultCount, Instant searchedAt) {
		this.query = query;
		this.resultCount = resultCount;
		this.searchedAt = searchedAt;
	}

}
