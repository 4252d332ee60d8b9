package com.interviewbank.bank;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlugAliasRepository extends JpaRepository<SlugAlias, Long> {

	Optional<SlugAlias> findByGuideAndKindAndOldSlug(Guide guide, SlugAlias.Kind kind, String oldSlug);

}
