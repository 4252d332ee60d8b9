package com.interviewbank.bank;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

	@Query("select q from Question q join fetch q.topic where q.version = :version and q.slug = :slug")
	Optional<Question> findByVersionAndSlug(GuideVersion version, String slug);

	Optional<Question> findByVersionAndPosition(GuideVersion version, int position);

	List<Question> findByTopicOrderByPosition(Topic topic);

	List<Question> findByVersionOrderByPosition(GuideVersion version);

	@Query("select q from Question q join fetch q.topic join q.anchors a where q.version = :version and a.anchor = :anchor")
	List<Question> findByVersionAndAnchor(GuideVersion version, String anchor);

	@Query("select q.id from Question q where q.version.id in (select g.activeVersion.id from Guide g)")
	List<Long> findActiveIds();

}
