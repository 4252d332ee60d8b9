package com.interviewbank.imports;

/**
 * A guide to import.
 *
 * @param guideSlug the guide it updates, or null for the slug of its file name
 * @param dryRun true to only compare it with the active version and keep it for a later apply
 */
public record ImportRequest(ImportRun.Source source, String fileName, byte[] bytes, String guideSlug, String actor,
		boolean dryRun) {

	public static ImportRequest of(ImportRun.Source source, String fileName, byte[] bytes, String actor) {
		return new ImportRequest(source, fileName, bytes, null, actor, false);
	}

}
