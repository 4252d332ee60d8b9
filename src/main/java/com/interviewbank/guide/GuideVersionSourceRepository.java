package com.interviewbank.guide;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuideVersionSourceRepository extends JpaRepository<GuideVersionSource, Long> {

	/** The Markdown source of a version (every version written since sources were kept apart has one). */
	default String sourceOf(GuideVersion version) {
		return findById(version.getId()).map(GuideVersionSource::getSourceMarkdown)
			.orElseThrow(() -> new IllegalStateException("Version " + version.getId() + " has no source"));
	}

}
