package com.interviewbank.markdown;

/**
 * How much image a guide of several files may ship.
 *
 * @param maxImageBytes the largest image stored
 * @param maxGuideBytes the most bytes of images stored for one guide
 */
public record ImageLimits(long maxImageBytes, long maxGuideBytes) {

	public static final ImageLimits DEFAULT = new ImageLimits(2L * 1024 * 1024, 20L * 1024 * 1024);

}
