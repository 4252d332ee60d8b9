package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findByVersionOrderByPosition(GuideVersion version);

	/** The topics of a version in order, without their intros: every page's sidebar. */
	@Query("select new com.interviewbank.guide.TopicHeading(t.id, t.slug, t.title, t.questionCount) from Topic t "
			+ "where t.version = :version order by t.position")
	List<TopicHeading> findHeadings(GuideVersion version);

	@Query("select t.introHtml from Topic t where t.id = :id")
	Optional<String> introHtml(Long id);

	Optional<Topic> findByVersionAndSlug(GuideVersion version, String slug);

	Optional<Topic> findByVersionAndAnchorsContaining(GuideVersion version, String anchor);

	@Query("select new com.interviewbank.guide.TopicRef(g.slug, t.slug, t.title) from Topic t join t.version v join v.guide g where v.id in :versionIds order by g.slug, t.position")
	List<TopicRef> findRefs(List<Long> versionIds);

}
