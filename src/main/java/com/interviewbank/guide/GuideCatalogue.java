package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The published guides this node serves, each with the version it serves ({@link ServedContent}),
 * for pages that read across guides. Call inside a transaction.
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

	public Optional<Served> bySlug(String slug) {
		return all().stream().filter(served -> served.guide().getSlug().equals(slug)).findFirst();
	}

}
