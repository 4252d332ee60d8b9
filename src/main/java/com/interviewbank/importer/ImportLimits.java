package com.interviewbank.importer;

/**
 * Guard rails checked before a guide is parsed.
 *
 * @param maxBytes the largest source accepted
 * @param maxNestingDepth the deepest nesting of lists, quotes, emphasis or brackets accepted;
 * flexmark recurses per level and overflows its stack long before 20,000 levels
 */
public record ImportLimits(int maxBytes, int maxNestingDepth) {

	public static final ImportLimits DEFAULT = new ImportLimits(5 * 1024 * 1024, 64);

}
