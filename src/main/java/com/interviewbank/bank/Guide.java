package com.interviewbank.bank;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A guide: its stable identity and slug, and a pointer to the version readers see.
 */
@Entity
public class Guide {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String language;

	private String attribution;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "active_version_id")
	private GuideVersion activeVersion;

	/** The file of {@code content/} it was last imported from, and that file's checksum then. */
	private String contentFile;

	private String contentChecksum;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected Guide() {
	}

	Guide(String slug, String title, String language, Instant now) {
		this.slug = slug;
		this.title = title;
		this.language = language;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getAttribution() {
		return this.attribution;
	}

	public GuideVersion getActiveVersion() {
		return this.activeVersion;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getContentChecksum() {
		return this.contentChecksum;
	}

	void activate(GuideVersion version, String title, String language, Instant now) {
		this.activeVersion = version;
		this.title = title;
		this.language = language;
		this.updatedAt = now;
	}

	void importedFromContent(String file, String checksum) {
		this.contentFile = file;
		this.contentChecksum = checksum;
	}

	void setAttribution(String attribution) {
		this.attribution = attribution;
	}

}
