package com.interviewbank.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for guides of several files (a folder, a zip, a repository), under {@code bank.import.files.*}.
 *
 * @param maxFiles the most files a guide may hold (entries of a zip included)
 * @param maxTotalSize the most bytes its files may hold together, uncompressed
 * @param maxCompressionRatio the most a zip entry may expand (a zip bomb expands far more)
 * @param maxImageSize the largest image
 * @param maxImagesSize the most bytes of images one guide may hold
 */
@ConfigurationProperties("bank.import.files")
public record SeveralFilesProperties(@DefaultValue("2000") int maxFiles, @DefaultValue("50MB") DataSize maxTotalSize,
		@DefaultValue("100") int maxCompressionRatio, @DefaultValue("2MB") DataSize maxImageSize,
		@DefaultValue("20MB") DataSize maxImagesSize) {
}
