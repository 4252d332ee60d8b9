package com.interviewbank.sources;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A Git repository an admin registered for a guide: which branch, which folder, which index file;
 * the web address for links to files outside the guide; whether a check applies itself when it
 * removes and renames nothing. The token is kept encrypted and never leaves the bank.
 */
@Entity
public class GitSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String guideSlug;

	private String url;

	private String branch;

	private String path;

	private String indexFile;

	private String webUrl;

	private boolean autoApply;

	private String webhookSecret;

	private String tokenEncrypted;

	private Instant lastCheckedAt;

	private Instant createdAt;

	protected GitSource() {
	}

	public GitSource(String guideSlug, String webhookSecret, Instant createdAt) {
		this.guideSlug = guideSlug;
		this.webhookSecret = webhookSecret;
		this.createdAt = createdAt;
	}

	public void describe(String guideSlug, String url, String branch, String path, String indexFile, String webUrl,
			boolean autoApply) {
		this.guideSlug = guideSlug;
		this.url = url;
		this.branch = branch;
		this.path = path;
		this.indexFile = indexFile;
		this.webUrl = webUrl;
		this.autoApply = autoApply;
	}

	void keepToken(String tokenEncrypted) {
		this.tokenEncrypted = tokenEncrypted;
	}

	void keepWebhookSecret(String webhookSecret) {
		this.webhookSecret = webhookSecret;
	}

	void checked(Instant at) {
		this.lastCheckedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getGuideSlug() {
		return this.guideSlug;
	}

	public String getUrl() {
		return this.url;
	}

	public String getBranch() {
		return this.branch;
	}

	public String getPath() {
		return this.path;
	}

	public String getIndexFile() {
		return this.indexFile;
	}

	public String getWebUrl() {
		return this.webUrl;
	}

	public boolean isAutoApply() {
		return this.autoApply;
	}

	String getWebhookSecret() {
		return this.webhookSecret;
	}

	String getTokenEncrypted() {
		return this.tokenEncrypted;
	}

	public boolean hasToken() {
		return this.tokenEncrypted != null;
	}

	public Instant getLastCheckedAt() {
		return this.lastCheckedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
