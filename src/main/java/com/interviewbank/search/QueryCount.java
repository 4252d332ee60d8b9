package com.interviewbank.search;

/**
 * How often a query was searched, and how often it found nothing.
 */
public record QueryCount(String query, long searches, long withoutResults) {
}
