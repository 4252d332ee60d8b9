package com.interviewbank.guide;

import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SlugAliasRepository extends JpaRepository<SlugAlias, Long> {

	Optional<SlugAlias> findByGuideAndKindAndOldSlug(Guide guide, SlugAlias.Kind kind, String oldSlug);

	@Query("select a from SlugAlias a join fetch a.guide where a.kind = com.interviewbank.guide.SlugAlias$Kind.GUIDE and a.oldSlug = :oldSlug")
	Optional<SlugAlias> findGuideAlias(String oldSlug);

	@Modifying
	@Query("delete from SlugAlias a where a.guide = :guide")
	void deleteByGuide(Guide guide);

	@Modifying
	@Query("delete from SlugAlias a where a.guide = :guide and a.kind = :kind and a.oldSlug in :liveSlugs")
	void deleteLive(Guide guide, SlugAlias.Kind kind, Set<String> liveSlugs);

}
