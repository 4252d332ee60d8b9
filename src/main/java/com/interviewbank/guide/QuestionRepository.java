package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.interviewbank.markdown.QuestionKind;

public interface QuestionRepository extends JpaRepository<Question, Long> {

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

	@Query("select distinct q from Question q join fetch q.topic join fetch q.version v join fetch v.guide left join fetch q.anchors where q.id in :ids")
	List<Question> findForResults(java.util.Collection<Long> ids);

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

}
