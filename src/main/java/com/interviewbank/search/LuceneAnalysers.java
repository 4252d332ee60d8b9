package com.interviewbank.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * The analysers of the Lucene backend by name ({@link Analysis}), for the work done beside its
 * queries: the term dictionary's look-ups ({@link IndexTerms}), typo clauses
 * ({@link TypoPredicates}), the clauses of words and phrases ({@link TextClauseQueries}) and
 * snippets ({@link LocalSnippets}). Only with that backend
 * ({@link #available()}): a cluster's analysers live in the cluster.
 */
@Component
class LuceneAnalysers {

	private final EntityManagerFactory entityManagers;

	private final boolean available;

	/** The backend's analysers live as long as it does: looked up once each, not on every search. */
	private final Map<String, Analyzer> byName = new ConcurrentHashMap<>();

	LuceneAnalysers(EntityManagerFactory entityManagers, SearchProperties properties) {
		this.entityManagers = entityManagers;
		this.available = properties.backend() == SearchProperties.Backend.LUCENE;
	}

	boolean available() {
		return this.available;
	}

	Analyzer named(String name) {
		return this.byName.computeIfAbsent(name,
				missing -> backend().analyzer(missing).orElseThrow(() -> new IllegalStateException("No analyser " + missing)));
	}

	private LuceneBackend backend() {
		return Search.mapping(this.entityManagers).backend().unwrap(LuceneBackend.class);
	}

}
