package com.interviewbank.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named token for the admin API. Only its SHA-256 is stored; the token itself is shown once.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String tokenHash;

	private String createdBy;

	private Instant createdAt;

	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(String name, String tokenHash, String createdBy, Instant createdAt) {
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

}
