package com.interviewbank.guide;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GuideVersionRepository extends JpaRepository<GuideVersion, Long> {

	@Query("select coalesce(max(v.number), 0) from GuideVersion v where v.guide = :guide")
	int lastNumber(Guide guide);

	java.util.List<GuideVersion> findByGuideOrderByNumberDesc(Guide guide);

	java.util.Optional<GuideVersion> findByGuideAndNumber(Guide guide, int number);

	/** The latest version of the guide made from exactly these bytes (a restore, a file uploaded again). */
	java.util.Optional<GuideVersion> findFirstByGuideAndChecksumOrderByNumberDesc(Guide guide, String checksum);

	/** The guides these versions belong to, with their languages. */
	@Query("select distinct new com.interviewbank.guide.GuideLanguageRef(v.guide.slug, v.guide.language)"
			+ " from GuideVersion v where v.id in :versionIds")
	java.util.List<GuideLanguageRef> languagesOf(java.util.Collection<Long> versionIds);

}
