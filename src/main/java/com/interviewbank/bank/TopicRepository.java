package com.interviewbank.bank;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findByVersionOrderByPosition(GuideVersion version);

	Optional<Topic> findByVersionAndSlug(GuideVersion version, String slug);

	Optional<Topic> findByVersionAndAnchorsContaining(GuideVersion version, String anchor);

	List<Topic> findByVersionIdInOrderByPosition(List<Long> versionIds);

}
