package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The live guides: those published and served by this node, each with the version it serves
 * ({@link ServedContent}). The one place that lists them, for every page and answer that reads
 * guides. Call inside a transaction.
 */
@Component
public class GuideCatalogue {

	/** A guide and the version of it this node serves. */
	public record Served(Guide guide, GuideVersion version) {
	}

	private final GuideRepository guides;

	private final GuideVersionRepository versions;

	private final ServedContent content;

	GuideCatalogue(GuideRepository guides, GuideVersionRepository versions, ServedContent content) {
		this.guides = guides;
		this.versions = versions;
		this.content = content;
	}

	/** In title order. */
	public List<Served> all() {
		return this.guides.findAllPublished()
			.stream()
			.flatMap(guide -> this.content.servedVersion(guide.getId())
				.map(id -> new Served(guide, this.versions.getReferenceById(id)))
				.stream())
			.toList();
	}

	public List<Long> versionIds() {
		return this.content.servedVersionIds();
	}

	/** The live guide with this slug, if there is one. */
	public Optional<Served> find(String slug) {
		return this.guides.findPublished(slug)
			.flatMap(guide -> this.content.servedVersion(guide.getId())
				.map(id -> new Served(guide, this.versions.getReferenceById(id))));
	}

}
