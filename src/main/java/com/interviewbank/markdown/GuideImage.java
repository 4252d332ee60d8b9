package com.interviewbank.markdown;

/**
 * An image that ships with a guide of several files, as it is stored and served
 * (docs/ARCHITECTURE.md, "Images of a guide"): named by the SHA-256 of its bytes, so its URL always
 * means the same bytes and can be cached for good.
 *
 * @param path its path inside the guide
 * @param sha256 the hex SHA-256 of its bytes
 * @param type its format, told by its bytes
 */
public record GuideImage(String path, String sha256, ImageType type, byte[] bytes) {

	/** Where every image of every guide is served: {@code /assets/{sha256}.{extension}}. */
	public static final String URL_PREFIX = "/assets/";

	public String url() {
		return url(this.sha256, this.type);
	}

	public static String url(String sha256, ImageType type) {
		return URL_PREFIX + sha256 + "." + type.extension();
	}

}
