package com.interviewbank.markdown;

/**
 * Something an admin should know about an imported guide, at a line of its source.
 *
 * @param line the 1-based line of the source it concerns
 * @param message what happened, in words a person understands
 */
public record ParseWarning(int line, String message) {
}
