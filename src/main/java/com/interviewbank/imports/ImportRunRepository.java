package com.interviewbank.imports;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

	List<ImportRun> findAllByOrderByStartedAtDescIdDesc();

	java.util.Optional<ImportRun> findFirstByOrderByStartedAtDescIdDesc();

	/** The imports that made a guide's versions, newest first: its change log. */
	@Query("select r from ImportRun r where r.guideSlug = :guideSlug and r.status = com.interviewbank.imports.ImportRun.Status.APPLIED and r.versionId is not null order by r.startedAt desc, r.id desc")
	List<ImportRun> findApplied(String guideSlug);

	/** Dry runs of Git sources still kept to be applied, newest first. */
	@Query("select r from ImportRun r where r.status = com.interviewbank.imports.ImportRun.Status.DRY_RUN and r.sourceId is not null and r.sourceMarkdown is not null order by r.startedAt desc, r.id desc")
	List<ImportRun> findWaitingChecks();

}
