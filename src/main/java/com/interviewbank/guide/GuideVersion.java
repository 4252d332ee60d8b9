package com.interviewbank.guide;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One imported source of a guide, kept whole so any version can be shown or restored. The Markdown
 * source is an entity of its own ({@link GuideVersionSource}), so that the version's row, which
 * every topic and question row of the version refers to, stays small and a page that loads the
 * version does not read it (docs/ARCHITECTURE.md, "Big guides").
 */
@Entity
public class GuideVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "guide_id")
	private Guide guide;

	private int number;

	private String checksum;

	/** The commit of a Git source it was made from, or null. */
	private String commitId;

	/** A guide of several files: its files as a zip, to restore it; null for one file. */
	private byte[] sourceBundle;

	private int topicLevel;

	private int questionLevel;

	private String questionForm;

	private String sourceWebUrl;

	private int topicCount;

	private int questionCount;

	private Instant createdAt;

	private String createdBy;

	protected GuideVersion() {
	}

	public GuideVersion(Guide guide, int number, String checksum, int topicLevel, int questionLevel,
			int topicCount, int questionCount, Instant createdAt, String createdBy) {
		this.guide = guide;
		this.number = number;
		this.checksum = checksum;
		this.topicLevel = topicLevel;
		this.questionLevel = questionLevel;
		this.topicCount = topicCount;
		this.questionCount = questionCount;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public Guide getGuide() {
		return this.guide;
	}

	public int getNumber() {
		return this.number;
	}

	public String getChecksum() {
		return this.checksum;
	}

	public int getTopicLevel() {
		return this.topicLevel;
	}

	/** The source address its relative links were resolved against, or null. */
	public String getSourceWebUrl() {
		return this.sourceWebUrl;
	}

	public void renderedWith(String sourceWebUrl) {
		this.sourceWebUrl = sourceWebUrl;
	}


	public int getQuestionLevel() {
		return this.questionLevel;
	}

	/** Records the form its questions were read in. */
	public GuideVersion readAs(com.interviewbank.markdown.QuestionForm form) {
		this.questionForm = form != null ? form.name() : null;
		return this;
	}

	/** The outline it was read with; its form null when it was read before forms were recorded. */
	public com.interviewbank.markdown.Outline outline() {
		return new com.interviewbank.markdown.Outline(this.topicLevel, this.questionLevel,
				this.questionForm != null ? com.interviewbank.markdown.QuestionForm.valueOf(this.questionForm) : null);
	}

	public int getTopicCount() {
		return this.topicCount;
	}

	public int getQuestionCount() {
		return this.questionCount;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Notes where a version came from: its files (a zip) and the commit, either may be null. */
	public void madeFrom(byte[] sourceBundle, String commitId) {
		this.sourceBundle = sourceBundle;
		this.commitId = commitId;
	}

	public String getCommitId() {
		return this.commitId;
	}

	public byte[] getSourceBundle() {
		return this.sourceBundle;
	}

}
