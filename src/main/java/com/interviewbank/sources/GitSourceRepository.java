package com.interviewbank.sources;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GitSourceRepository extends JpaRepository<GitSource, Long> {

	List<GitSource> findAllByOrderByGuideSlug();

	Optional<GitSource> findByGuideSlug(String guideSlug);

}
