/**
 * Search: the index of questions (Hibernate Search, Lucene or Elasticsearch), its analysers, the
 * queries that rank what a reader means first, the search page, suggestions, related questions,
 * and the log of submitted searches behind the admins' search insight.
 */
package com.interviewbank.search;
