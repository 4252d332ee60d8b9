package com.interviewbank.markdown;

/**
 * Guard rails checked before a guide is parsed.
 *
 * @param maxBytes the largest source accepted
 * @param maxNestingDepth the deepest nesting of lists, quotes, emphasis or brackets accepted;
 * flexmark recurses per level and overflows its stack long before 20,000 levels
 */
public record ParseLimits(int maxBytes, int maxNestingDepth) {

	public static final ParseLimits DEFAULT = new ParseLimits(5 * 1024 * 1024, 64);

}
