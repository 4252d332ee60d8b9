package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges the images a guide of several files names, each once: stored when its bytes are a PNG,
 * JPEG, GIF or WebP within the limits, else refused with the reason (a warning; readers see the
 * alt text). Images are judged in the order the guide names them, so the guide's budget goes to
 * the first ones.
 */
final class GuideImages {

	/** An image stored, or why it was not. */
	record Verdict(GuideImage image, String refusal) {
	}

	private final GuideFiles files;

	private final ImageLimits limits;

	private final Map<String, Verdict> verdicts = new HashMap<>();

	private final List<GuideImage> stored = new ArrayList<>();

	private long storedBytes;

	GuideImages(GuideFiles files, ImageLimits limits) {
		this.files = files;
		this.limits = limits;
	}

	Verdict judge(String path) {
		Verdict known = this.verdicts.get(path);
		if (known == null) {
			known = verdictOn(path, this.files.bytes(path));
			this.verdicts.put(path, known);
		}
		return known;
	}

	/** The images stored, in the order the guide names them. */
	List<GuideImage> stored() {
		return List.copyOf(this.stored);
	}

	private Verdict verdictOn(String path, byte[] bytes) {
		if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
			return refused("SVG images can carry scripts, so the bank does not serve them; use a PNG instead");
		}
		ImageType type = ImageType.of(bytes).orElse(null);
		if (type == null) {
			return refused("its content is not a PNG, JPEG, GIF or WebP image, whatever its name says");
		}
		if (bytes.length > this.limits.maxImageBytes()) {
			return refused("it holds " + size(bytes.length) + ", over the limit of "
					+ size(this.limits.maxImageBytes()) + " per image");
		}
		if (this.storedBytes + bytes.length > this.limits.maxGuideBytes()) {
			return refused("the guide's images would pass the limit of " + size(this.limits.maxGuideBytes())
					+ " per guide");
		}
		this.storedBytes += bytes.length;
		GuideImage image = new GuideImage(path, sha256(bytes), type, bytes);
		this.stored.add(image);
		return new Verdict(image, null);
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Verdict refused(String reason) {
		return new Verdict(null, reason);
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

}
