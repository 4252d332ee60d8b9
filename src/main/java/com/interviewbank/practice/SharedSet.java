package com.interviewbank.practice;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A set shared by a short link: its name and its questions' stable keys, in order.
 */
@Entity
@Table(name = "shared_set")
class SharedSet {

	@Id
	private String code;

	private String name;

	/** The stable keys, joined by commas, as a {@code /set?ids=} link holds them. */
	private String ids;

	private Instant createdAt;

	protected SharedSet() {
	}

	SharedSet(String code, String name, String ids, Instant createdAt) {
		this.code = code;
		this.name = name;
		this.ids = ids;
		this.createdAt = createdAt;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getIds() {
		return this.ids;
	}

}
