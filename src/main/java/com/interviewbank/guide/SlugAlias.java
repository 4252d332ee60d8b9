package com.interviewbank.guide;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An old slug of a guide: the stable key that now holds it (a 301), or a tombstone (a 410).
 */
@Entity
public class SlugAlias {

	/** What the old slug named. */
	public enum Kind {

		GUIDE, TOPIC, QUESTION

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "guide_id")
	private Guide guide;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String oldSlug;

	private String stableKey;

	private String title;

	private Instant createdAt;

	protected SlugAlias() {
	}

	public static SlugAlias forGuide(Guide guide, String oldSlug, Instant createdAt) {
		return new SlugAlias(guide, Kind.GUIDE, oldSlug, null, guide.getTitle(), createdAt);
	}

	public SlugAlias(Guide guide, Kind kind, String oldSlug, String stableKey, String title, Instant createdAt) {
		this.guide = guide;
		this.kind = kind;
		this.oldSlug = oldSlug;
		this.stableKey = stableKey;
		this.title = title;
		this.createdAt = createdAt;
	}

	public Guide getGuide() {
		return this.guide;
	}

	public Kind getKind() {
		return this.kind;
	}

	/** The stable key that holds the slug now, or null for a tombstone. */
	public String getStableKey() {
		return this.stableKey;
	}

	public String getTitle() {
		return this.title;
	}

}
