package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.interviewbank.markdown.QuestionKind;

public interface QuestionRepository extends JpaRepository<Question, Long> {

	/** Questions read as {@link QuestionHeading}s: what a link shows, without the answer. */
	String HEADINGS = "select new com.interviewbank.guide.QuestionHeading(q.stableKey, q.slug, q.title, q.titleHtml, "
			+ "q.kind, q.position, q.tags, q.difficulty) from Question q ";

	@Query("select q from Question q join fetch q.topic where q.version = :version and q.slug = :slug")
	Optional<Question> findByVersionAndSlug(GuideVersion version, String slug);

	Optional<Question> findByVersionAndKindAndOrdinal(GuideVersion version, QuestionKind kind, int ordinal);

	long countByVersionAndKind(GuideVersion version, QuestionKind kind);

	Optional<Question> findByVersionAndStableKey(GuideVersion version, String stableKey);

	List<Question> findByTopicOrderByPosition(Topic topic);

	@Query("select q from Question q join fetch q.topic where q.version = :version order by q.position")
	List<Question> findWithTopicsByVersion(GuideVersion version);

	/** The questions with these stable keys in these versions. */
	@Query("select q from Question q join fetch q.topic join fetch q.version v join fetch v.guide "
			+ "where v.id in :versionIds and q.stableKey in :keys")
	List<Question> findByStableKeysInVersions(java.util.Collection<String> keys, java.util.Collection<Long> versionIds);

	List<Question> findByVersionOrderByPosition(GuideVersion version);

	@Query("select q from Question q join fetch q.topic join q.anchors a where q.version = :version and a.anchor = :anchor")
	List<Question> findByVersionAndAnchor(GuideVersion version, String anchor);

	@Query("select q from Question q join fetch q.topic where q.version.id in :versionIds order by q.id")
	List<Question> findWithTopicsInVersions(List<Long> versionIds);

	@Query("select q.title from Question q where q.version.id in :versionIds")
	List<String> titlesInVersions(List<Long> versionIds);

	@Query("select a.title from Question q join q.anchors a where q.version.id in :versionIds and a.subsection = true")
	List<String> subsectionTitlesInVersions(List<Long> versionIds);

	@Query("select count(q) from Question q where q.version.id in :versionIds")
	long countInVersions(List<Long> versionIds);

	@Query("select q.id from Question q where q.version.id = :versionId")
	List<Long> idsInVersion(Long versionId);

	/**
	 * A window of a version's items of one kind, by their numbers ({@code ordinal}, inclusive), their
	 * subsections with them: the questions of one topic page, however long the topic.
	 */
	@EntityGraph(attributePaths = "anchors")
	List<Question> findByVersionAndKindAndOrdinalBetweenOrderByOrdinal(GuideVersion version, QuestionKind kind, int first,
			int last);

	/** The same window as headings, without answers: a sidebar, a guide's contents. */
	@Query(HEADINGS + "where q.version = :version and q.kind = :kind "
			+ "and q.ordinal between :first and :last order by q.ordinal")
	List<QuestionHeading> findHeadings(GuideVersion version, QuestionKind kind, int first, int last);

	/** A topic's items between two positions (inclusive) as headings: the prompts a page or an answer lists. */
	@Query(HEADINGS + "where q.topic.id = :topicId and q.kind = :kind "
			+ "and q.position between :from and :to order by q.position")
	List<QuestionHeading> findHeadingsBetween(Long topicId, QuestionKind kind, int from, int to);

	/** Every item of a topic as a heading, in document order (the read API's topic). */
	@Query(HEADINGS + "where q.topic.id = :topicId order by q.position")
	List<QuestionHeading> findHeadingsOfTopic(Long topicId);

	/** The topic of each item of this kind, one per item (for counting prompts by topic). */
	@Query("select q.topic.id from Question q where q.version = :version and q.kind = :kind")
	List<Long> topicIdsOfKind(GuideVersion version, QuestionKind kind);

	/** The first number ({@code ordinal}) of a topic's items of a kind (ix_question_topic_kind, V17). */
	@Query("select min(q.ordinal) from Question q where q.topic.id = :topicId and q.kind = :kind")
	Integer firstOrdinal(Long topicId, QuestionKind kind);

	@Query("select count(q) from Question q where q.topic.id = :topicId and q.kind = :kind")
	long countOfKind(Long topicId, QuestionKind kind);

}
