package com.interviewbank.guide;

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
 * A guide: its stable identity and slug, a pointer to the version readers see, and what an admin
 * decided about it.
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

	private String sourceWebUrl;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "active_version_id")
	private GuideVersion activeVersion;

	/** The file of {@code content/} it was last imported from, and that file's checksum then. */
	private String contentFile;

	private String contentChecksum;

	private boolean published = true;

	private String titleOverride;

	private String languageOverride;

	private Integer topicLevelOverride;

	private Integer questionLevelOverride;

	private String questionFormOverride;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected Guide() {
	}

	public Guide(String slug, String title, String language, Instant now) {
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

	public String getContentChecksum() {
		return this.contentChecksum;
	}

	public void activate(GuideVersion version, String title, String language, Instant now) {
		this.activeVersion = version;
		this.title = this.titleOverride != null ? this.titleOverride : title;
		this.language = this.languageOverride != null ? this.languageOverride : language;
		this.updatedAt = now;
	}

	public boolean isPublished() {
		return this.published;
	}

	public String getTitleOverride() {
		return this.titleOverride;
	}

	public String getLanguageOverride() {
		return this.languageOverride;
	}

	public Integer getTopicLevelOverride() {
		return this.topicLevelOverride;
	}

	public Integer getQuestionLevelOverride() {
		return this.questionLevelOverride;
	}

	/** The outline an admin chose for this guide's imports, or {@link Outline#DETECT}. */
	public com.interviewbank.markdown.Outline outline() {
		return new com.interviewbank.markdown.Outline(this.topicLevelOverride != null ? this.topicLevelOverride : -1,
				this.questionLevelOverride != null ? this.questionLevelOverride : -1,
				this.questionFormOverride != null ? com.interviewbank.markdown.QuestionForm.valueOf(this.questionFormOverride)
						: null);
	}

	public void describe(String title, String language, String attribution, Instant now) {
		this.titleOverride = blankToNull(title);
		this.languageOverride = blankToNull(language);
		this.attribution = blankToNull(attribution);
		if (this.titleOverride != null) {
			this.title = this.titleOverride;
		}
		if (this.languageOverride != null) {
			this.language = this.languageOverride;
		}
		this.updatedAt = now;
	}

	/** The web address of the guide's folder that its relative links resolve against, or null. */
	public String getSourceWebUrl() {
		return this.sourceWebUrl;
	}

	public void sourceWebUrl(String url, Instant now) {
		this.sourceWebUrl = url;
		this.updatedAt = now;
	}

	public void outline(Integer topicLevel, Integer questionLevel) {
		outline(topicLevel, questionLevel, null);
	}

	/** The levels and form an admin chose; null for any of them leaves it to the document. */
	public void outline(Integer topicLevel, Integer questionLevel, com.interviewbank.markdown.QuestionForm form) {
		this.topicLevelOverride = topicLevel;
		this.questionLevelOverride = questionLevel;
		this.questionFormOverride = form != null ? form.name() : null;
	}

	public String getQuestionFormOverride() {
		return this.questionFormOverride;
	}

	public void publish(boolean published, Instant now) {
		this.published = published;
		this.updatedAt = now;
	}

	public void rename(String slug, Instant now) {
		this.slug = slug;
		this.updatedAt = now;
	}

	public void deactivate() {
		this.activeVersion = null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public void importedFromContent(String file, String checksum) {
		this.contentFile = file;
		this.contentChecksum = checksum;
	}

}
