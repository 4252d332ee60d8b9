package com.interviewbank.imports;

import java.util.List;

import com.interviewbank.markdown.GuideFiles;

/**
 * A guide to import.
 *
 * @param guideSlug the guide it updates, or null for the slug of its file name
 * @param dryRun true to only compare it with the active version and keep it for a later apply
 * @param files a guide of several files (a folder, a zip, a repository), or null for the one file
 * in {@code bytes}
 * @param commit the commit of a Git source it was read from, or null
 * @param sourceWebUrl the web address of the source's folder, for a guide that has none yet (its
 * first import from a Git source), or null
 */
public record ImportRequest(ImportRun.Source source, String fileName, byte[] bytes, String guideSlug, String actor,
		boolean dryRun, GuideFiles files, FromCommit commit, String sourceWebUrl) {

	public ImportRequest(ImportRun.Source source, String fileName, byte[] bytes, String guideSlug, String actor,
			boolean dryRun, GuideFiles files, FromCommit commit) {
		this(source, fileName, bytes, guideSlug, actor, dryRun, files, commit, null);
	}

	/** The same request, with the web address a new guide takes. */
	public ImportRequest withSourceWebUrl(String address) {
		return new ImportRequest(this.source, this.fileName, this.bytes, this.guideSlug, this.actor, this.dryRun,
				this.files, this.commit, address);
	}

	/** A commit of a Git source, and the commits since the one the guide was last read from. */
	public record FromCommit(Long sourceId, String id, List<CommitNote> commits) {
	}

	/** One commit: its id and the first line of its message. */
	public record CommitNote(String id, String message) {
	}

	public ImportRequest(ImportRun.Source source, String fileName, byte[] bytes, String guideSlug, String actor,
			boolean dryRun) {
		this(source, fileName, bytes, guideSlug, actor, dryRun, null, null);
	}

	public static ImportRequest of(ImportRun.Source source, String fileName, byte[] bytes, String actor) {
		return new ImportRequest(source, fileName, bytes, null, actor, false);
	}

	/** A guide of several files; {@code name} stands for its file name (the folder, zip or source). */
	public static ImportRequest ofFiles(ImportRun.Source source, String name, GuideFiles files, String guideSlug,
			String actor, boolean dryRun, FromCommit commit) {
		return new ImportRequest(source, name, new byte[0], guideSlug, actor, dryRun, files, commit);
	}

}
