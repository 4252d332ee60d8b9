package com.interviewbank.browse;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.interviewbank.guide.GuideAssets;
import com.interviewbank.markdown.GuideImage;
import com.interviewbank.system.NotFoundException;

/**
 * The images that ship with guides, at {@code /assets/{sha256}.{extension}} (docs/ARCHITECTURE.md,
 * "Images of a guide"). The URL names the bytes, so the answer never changes: cached for a year,
 * immutable, and never sniffed as anything but the image type its bytes were found to be.
 */
@RestController
class GuideAssetController {

	private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})\\.([a-z]{3,4})");

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final GuideAssets assets;

	GuideAssetController(GuideAssets assets) {
		this.assets = assets;
	}

	@GetMapping(GuideImage.URL_PREFIX + "{file}")
	ResponseEntity<byte[]> image(@PathVariable String file) {
		Matcher name = FILE.matcher(file);
		GuideAssets.Asset asset = name.matches() ? this.assets.find(name.group(1))
			.filter(found -> found.type().extension().equals(name.group(2)))
			.orElse(null) : null;
		if (asset == null) {
			throw new NotFoundException("No image " + file);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(asset.type().mediaType()))
			.cacheControl(FOREVER)
			.eTag('"' + name.group(1) + '"')
			.header("X-Content-Type-Options", "nosniff")
			.body(asset.bytes());
	}

}
