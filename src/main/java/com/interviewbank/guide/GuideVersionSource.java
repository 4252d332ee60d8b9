package com.interviewbank.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version's Markdown source, an entity of its own so that it is read only when asked for (its
 * page, a restore, a re-import): as a secondary table of {@link GuideVersion} it was joined into
 * every load of a version, and the first page of a 3 MB guide after an import spent most of its
 * time decoding it (docs/ARCHITECTURE.md, "Big guides"). Deleting a version deletes it (a cascade
 * of the database).
 */
@Entity
@Table(name = "guide_version_source")
public class GuideVersionSource {

	@Id
	@Column(name = "version_id")
	private Long versionId;

	private String sourceMarkdown;

	protected GuideVersionSource() {
	}

	public GuideVersionSource(Long versionId, String sourceMarkdown) {
		this.versionId = versionId;
		this.sourceMarkdown = sourceMarkdown;
	}

	public String getSourceMarkdown() {
		return this.sourceMarkdown;
	}

}
