package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findByVersionOrderByPosition(GuideVersion version);

	Optional<Topic> findByVersionAndSlug(GuideVersion version, String slug);

	Optional<Topic> findByVersionAndAnchorsContaining(GuideVersion version, String anchor);

	@Query("select new com.interviewbank.guide.TopicRef(g.slug, t.slug, t.title) from Topic t join t.version v join v.guide g where v.id in :versionIds order by g.slug, t.position")
	List<TopicRef> findRefs(List<Long> versionIds);

}
