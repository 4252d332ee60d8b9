package com.interviewbank.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.markdown.GuideImage;
import com.interviewbank.markdown.ImageType;

/**
 * The images shipped with guide versions (docs/ARCHITECTURE.md, "Images of a guide"): bytes kept
 * once per SHA-256, each version's paths pointing at them. An image is served while a version
 * that ships it exists; deleting a guide's versions stops serving the images no other version has.
 */
@Component
public class GuideAssets {

	/** An image as served: its format and bytes. */
	public record Asset(ImageType type, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	GuideAssets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a version's images, in the transaction that writes the version. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void store(GuideVersion version, List<GuideImage> images) {
		for (GuideImage image : images) {
			boolean known = this.jdbc.sql("select count(*) from asset_content where sha256 = ?")
				.param(image.sha256())
				.query(Long.class)
				.single() > 0;
			if (!known) {
				this.jdbc.sql("insert into asset_content (sha256, media_type, size_bytes, bytes) values (?, ?, ?, ?)")
					.params(image.sha256(), image.type().mediaType(), image.bytes().length, image.bytes())
					.update();
			}
			this.jdbc.sql("insert into guide_asset (version_id, path, sha256) values (?, ?, ?)")
				.params(version.getId(), image.path(), image.sha256())
				.update();
		}
	}

	/** The image with this hash, if a version ships it. */
	@Transactional(readOnly = true)
	public Optional<Asset> find(String sha256) {
		return this.jdbc
			.sql("select c.media_type, c.bytes from asset_content c where c.sha256 = ? "
					+ "and exists (select 1 from guide_asset a where a.sha256 = c.sha256)")
			.param(sha256)
			.query((row, number) -> new Asset(ImageType.ofMediaType(row.getString(1)).orElseThrow(), row.getBytes(2)))
			.optional();
	}

}
