package com.interviewbank.imports;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One import or dry run, whatever its outcome: the bank's history of what changed and why not.
 */
@Entity
public class ImportRun {

	/** Where a guide came from. */
	public enum Source {

		CONTENT, UPLOAD, API, GIT

	}

	/** How it ended. */
	public enum Status {

		RUNNING, DRY_RUN, APPLIED, UNCHANGED, REJECTED, FAILED, INTERRUPTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String guideSlug;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String fileName;

	private String checksum;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Integer httpStatus;

	private String actor;

	private Instant startedAt;

	private Instant finishedAt;

	private Long versionId;

	private Integer topicLevel;

	private Integer questionLevel;

	private String questionForm;

	private Integer topicCount;

	private Integer questionCount;

	/** JSON: repaired characters by kind. */
	private String repairs;

	/** JSON: [{line, message}]. */
	private String warnings;

	/** JSON: [{line, kind, damaged, restored, reason, confidence}], each repair an admin may check. */
	private String repairExamples;

	private String error;

	/** A dry run's source, kept to be applied later. */
	private String sourceMarkdown;

	/** A dry run of several files: the files as a zip, kept to be applied later. */
	private byte[] sourceBundle;

	/** The commit a run of a Git source read, or null. */
	private String commitId;

	/** JSON: [{id, message}], the commits since the version it was compared with. */
	private String commits;

	/** The Git source it came from, or null. */
	private Long sourceId;

	/** The web address a new guide takes when this dry run is applied, or null. */
	private String sourceWebUrl;

	/** The version a dry run was compared against; applying it needs that version still active. */
	private Long baseVersionId;

	/** JSON: the diff of a dry run or an import. */
	private String changes;

	/** The lock token of the import that made this run, to tell a live run from one a dead node left. */
	private String lockOwner;

	protected ImportRun() {
	}

	ImportRun(String guideSlug, Source source, String fileName, String checksum, String actor, Instant startedAt) {
		this.guideSlug = guideSlug;
		this.source = source;
		this.fileName = fileName;
		this.checksum = checksum;
		this.actor = actor;
		this.startedAt = startedAt;
		this.status = Status.RUNNING;
	}

	void succeeded(Status status, Long versionId, int topicLevel, int questionLevel, int topicCount,
			int questionCount, String repairs, String warnings, String repairExamples, Instant now) {
		this.status = status;
		this.versionId = versionId;
		this.topicLevel = topicLevel;
		this.questionLevel = questionLevel;
		this.topicCount = topicCount;
		this.questionCount = questionCount;
		this.repairs = repairs;
		this.warnings = warnings;
		this.repairExamples = repairExamples;
		this.finishedAt = now;
	}

	void compared(Long baseVersionId, String changes) {
		this.baseVersionId = baseVersionId;
		this.changes = changes;
	}

	void keepSource(String sourceMarkdown) {
		this.sourceMarkdown = sourceMarkdown;
		if (sourceMarkdown == null) {
			this.sourceBundle = null;
		}
	}

	void keepBundle(byte[] sourceBundle) {
		this.sourceBundle = sourceBundle;
	}

	void keepSourceWebUrl(String sourceWebUrl) {
		this.sourceWebUrl = sourceWebUrl;
	}

	void fromCommit(Long sourceId, String commitId, String commits) {
		this.sourceId = sourceId;
		this.commitId = commitId;
		this.commits = commits;
	}

	void applied(Long versionId, Instant now) {
		this.status = Status.APPLIED;
		this.versionId = versionId;
		this.sourceMarkdown = null;
		this.sourceBundle = null;
		this.finishedAt = now;
	}

	void forGuide(String slug) {
		this.guideSlug = slug;
	}

	ImportRun heldByLock(String lockToken) {
		this.lockOwner = lockToken;
		return this;
	}

	void failed(Status status, Integer httpStatus, String error, Instant now) {
		this.status = status;
		this.httpStatus = httpStatus;
		this.error = error.length() > 2000 ? error.substring(0, 2000) : error;
		this.finishedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getGuideSlug() {
		return this.guideSlug;
	}

	public Source getSource() {
		return this.source;
	}

	public Status getStatus() {
		return this.status;
	}

	public Integer getHttpStatus() {
		return this.httpStatus;
	}

	public String getChecksum() {
		return this.checksum;
	}

	public Long getVersionId() {
		return this.versionId;
	}

	public Integer getQuestionCount() {
		return this.questionCount;
	}

	public String getError() {
		return this.error;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getActor() {
		return this.actor;
	}

	public Integer getTopicLevel() {
		return this.topicLevel;
	}

	/** Records the form the questions were read in. */
	void readAs(com.interviewbank.markdown.QuestionForm form) {
		this.questionForm = form != null ? form.name() : null;
	}

	/** The form the questions were read in, or null (a failed run, or one from before forms). */
	public String getQuestionForm() {
		return this.questionForm;
	}

	public Integer getQuestionLevel() {
		return this.questionLevel;
	}

	public Integer getTopicCount() {
		return this.topicCount;
	}

	public String getRepairs() {
		return this.repairs;
	}

	public String getWarnings() {
		return this.warnings;
	}

	public String getRepairExamples() {
		return this.repairExamples;
	}

	public String getChanges() {
		return this.changes;
	}

	public String getSourceMarkdown() {
		return this.sourceMarkdown;
	}

	public Long getBaseVersionId() {
		return this.baseVersionId;
	}

	public byte[] getSourceBundle() {
		return this.sourceBundle;
	}

	public String getCommitId() {
		return this.commitId;
	}

	public String getCommits() {
		return this.commits;
	}

	public String getSourceWebUrl() {
		return this.sourceWebUrl;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

}
