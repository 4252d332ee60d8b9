package com.interviewbank.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips made in tests: text files by path, or any bytes. */
public final class Zips {

	private Zips() {
	}

	public static byte[] ofTexts(Map<String, String> texts) {
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
		return of(files);
	}

	public static byte[] of(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
