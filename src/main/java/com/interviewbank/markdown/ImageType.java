package com.interviewbank.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a guide may ship, told by their first bytes (their magic numbers), never by a
 * file's name: a text file named {@code .png} is no PNG. SVG is not among them: it is a document
 * that can carry scripts and links, and the bank does not sanitize it.
 */
public enum ImageType {

	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	GIF("image/gif", "gif", "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
	WEBP("image/webp", "webp", "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	ImageType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** The extension of the URL it is served at. */
	public String extension() {
		return this.extension;
	}

	/** The format these bytes start with, if it is one of the four. */
	public static Optional<ImageType> of(byte[] bytes) {
		return Arrays.stream(values()).filter(type -> type.starts(bytes)).findFirst();
	}

	public static Optional<ImageType> ofExtension(String extension) {
		String lower = extension.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(type -> type.extension.equals(lower)).findFirst();
	}

	public static Optional<ImageType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
	}

	private boolean starts(byte[] bytes) {
		if (bytes == null || bytes.length < this.magic.length
				|| !Arrays.equals(bytes, 0, this.magic.length, this.magic, 0, this.magic.length)) {
			return false;
		}
		if (this == GIF) {
			// GIF87a or GIF89a
			return bytes.length >= 6 && (bytes[4] == '7' || bytes[4] == '9') && bytes[5] == 'a';
		}
		// RIFF is a container: a WebP image says WEBP at bytes 8 to 11
		return this != WEBP || bytes.length >= 12
				&& new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP");
	}

}
