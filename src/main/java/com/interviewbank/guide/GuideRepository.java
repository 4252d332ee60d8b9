package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GuideRepository extends JpaRepository<Guide, Long> {

	@Query("select g from Guide g left join fetch g.activeVersion where g.slug = :slug")
	Optional<Guide> findBySlug(String slug);

	@Query("select g from Guide g left join fetch g.activeVersion order by g.slug")
	List<Guide> findAllForAdmin();

	@Query("select g from Guide g join fetch g.activeVersion where g.published = true order by g.title")
	List<Guide> findAllPublished();

	@Query("select g.activeVersion.id from Guide g where g.activeVersion is not null and g.published = true")
	List<Long> activeVersionIds();

	@Query("select new com.interviewbank.guide.GuideState(g.id, g.slug, g.activeVersion.id, g.title, g.language, g.published, g.updatedAt)"
			+ " from Guide g order by g.id")
	List<GuideState> states();

	@Query("select g from Guide g join fetch g.activeVersion where g.slug = :slug and g.published = true")
	Optional<Guide> findPublished(String slug);

}
