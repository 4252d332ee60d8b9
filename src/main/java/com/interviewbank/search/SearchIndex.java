package com.interviewbank.search;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.VersionActivated;
import com.interviewbank.guide.VersionCatchUp;

/**
 * Keeps the index in step with the bank. A new version's questions are indexed as the import
 * writes them (Hibernate Search follows the entities); searches filter on the served versions, so
 * they are found only once the version is switched on; then the replaced version's documents are
 * dropped here. At start-up, an index that does not hold the active questions (deleted, or made
 * by an older release) is rebuilt from the database. On a node that did not run the import
 * (several nodes, one database, each with its own Lucene index), a version is indexed here when
 * {@link com.interviewbank.guide.ServedContent} finds it active, before the node serves it.
 */
@Component
public class SearchIndex implements VersionCatchUp {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManager entityManager;

	private final GuideRepository guides;

	private final QuestionRepository questions;

	private final TransactionTemplate transactions;

	private final ServedLanguages servedLanguages;

	private final SearchProperties properties;

	SearchIndex(EntityManager entityManager, GuideRepository guides, QuestionRepository questions,
			TransactionTemplate transactions, ServedLanguages servedLanguages, SearchProperties properties) {
		this.servedLanguages = servedLanguages;
		this.properties = properties;
		this.entityManager = entityManager;
		this.guides = guides;
		this.questions = questions;
		this.transactions = transactions;
	}

	@EventListener
	void versionActivated(VersionActivated event) {
		if (event.previousVersionId() == null) {
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			SearchSession session = Search.session(this.entityManager);
			List<Long> stale = this.questions.idsInVersion(event.previousVersionId());
			stale.forEach(id -> session.indexingPlan().purge(Question.class, id, null));
		});
	}

	@EventListener
	void guideRemoved(com.interviewbank.guide.GuideRemoved event) {
		this.transactions.executeWithoutResult(status -> {
			SearchSession session = Search.session(this.entityManager);
			event.questionIds().forEach(id -> session.indexingPlan().purge(Question.class, id, null));
		});
	}

	@EventListener
	void guideRenamed(com.interviewbank.guide.GuideRenamed event) {
		this.transactions.executeWithoutResult(status -> {
			SearchSession session = Search.session(this.entityManager);
			this.questions.findAllById(event.questionIds()).forEach(question -> session.indexingPlan().addOrUpdate(question));
		});
	}

	/** A guide's questions are analysed by its language: another language, other documents. */
	@EventListener
	void guideLanguageChanged(com.interviewbank.guide.GuideLanguageChanged event) {
		this.servedLanguages.forget();
		this.transactions.executeWithoutResult(status -> {
			SearchSession session = Search.session(this.entityManager);
			this.questions.findAllById(event.questionIds()).forEach(question -> session.indexingPlan().addOrUpdate(question));
		});
	}

	/**
	 * Indexes the questions of each added version this index does not hold in full (none on the
	 * node that ran the import, or with a shared Elasticsearch), and drops retired versions.
	 */
	@Override
	public void catchUp(Set<Long> added, Set<Long> retired) {
		for (Long version : added) {
			long stored = this.transactions.execute(status -> this.questions.countInVersions(List.of(version)));
			if (documentsIn(List.of(version)) != stored) {
				log.info("Indexing version {} ({} questions) before serving it", version, stored);
				this.transactions.executeWithoutResult(status -> {
					SearchSession session = Search.session(this.entityManager);
					this.questions.findByVersionOrderByPosition(this.entityManager.getReference(GuideVersion.class, version))
						.forEach(question -> session.indexingPlan().addOrUpdate(question));
				});
			}
		}
		for (Long version : retired) {
			this.transactions.executeWithoutResult(status -> {
				SearchSession session = Search.session(this.entityManager);
				this.questions.idsInVersion(version).forEach(id -> session.indexingPlan().purge(Question.class, id, null));
			});
		}
		mergeSegments();
	}

	/**
	 * Merges the Lucene index into one segment, without the documents of retired versions, once
	 * the versions to serve are in it: a search then looks up each term once instead of once per
	 * segment, and counts its facets without mapping each segment's values onto the others' (Lucene
	 * builds that map for every search over several segments). An index changes only when the
	 * versions served do, so the merge is rare; it runs in the background (searches read the
	 * segments as they are until it ends), so an import or a start-up does not wait for it.
	 * Elasticsearch merges on its own.
	 */
	private void mergeSegments() {
		if (this.properties.backend() == SearchProperties.Backend.LUCENE) {
			Search.mapping(this.entityManager.getEntityManagerFactory())
				.scope(Question.class)
				.workspace()
				.mergeSegmentsAsync()
				.whenComplete((done, failure) -> {
					if (failure != null) {
						log.warn("Could not merge the search index's segments: {}", failure.toString());
					}
				});
		}
	}

	/** How many documents of active questions the index holds. */
	public long activeDocuments() {
		return documentsIn(this.transactions.execute(status -> this.guides.activeVersionIds()));
	}

	/**
	 * How many documents of these versions' questions the index holds, in the current layout: a
	 * document written by an older release (without the fields results are shown from) does not
	 * count, so {@link #verify()} rebuilds an index of such documents.
	 */
	public long documentsIn(List<Long> versions) {
		if (versions.isEmpty()) {
			return 0L;
		}
		return this.transactions.execute(status -> Search.session(this.entityManager)
			.search(Question.class)
			.where(f -> f.bool()
				.must(f.terms().field(IndexFields.VERSION).matchingAny(versions))
				.filter(f.match().field(IndexFields.LAYOUT).matching(IndexFields.layout(this.properties.backend()))))
			.fetchTotalHitCount());
	}

	public long activeQuestions() {
		return questionsIn(this.transactions.execute(status -> this.guides.activeVersionIds()));
	}

	public long questionsIn(List<Long> versions) {
		return versions.isEmpty() ? 0L : this.transactions.execute(status -> this.questions.countInVersions(versions));
	}

	/** Rebuilds the index from the active versions when it does not match them. */
	public void verify() {
		long indexed = activeDocuments();
		long stored = activeQuestions();
		if (indexed == stored) {
			log.debug("Search index holds all {} active questions", stored);
			return;
		}
		log.info("Search index holds {} of {} active questions: rebuilding it", indexed, stored);
		try {
			var indexer = Search.mapping(this.entityManager.getEntityManagerFactory())
				.scope(Question.class)
				.massIndexer()
				.purgeAllOnStart(true)
				.mergeSegmentsOnFinish(this.properties.backend() == SearchProperties.Backend.LUCENE)
				.threadsToLoadObjects(1);
			indexer.type(Question.class).reindexOnly("e.version.id in (select g.activeVersion.id from Guide g)");
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
