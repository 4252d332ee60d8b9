package com.interviewbank.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Kept pages compressed once, at the best level since it is paid once, and who may have them:
 * Tomcat's own compression would deflate the same bytes again on every request.
 */
final class GzippedBodies {

	/** Below this, as for Tomcat's compression, the header costs more than the bytes saved. */
	private static final int MIN_SIZE = 2048;

	private GzippedBodies() {
	}

	static boolean worthCompressing(byte[] body) {
		return body.length >= MIN_SIZE;
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new BestGzip(bytes)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Whether {@code Accept-Encoding} names gzip with a weight above zero. */
	static boolean accepted(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			for (String coding : header.split(",")) {
				String[] parts = coding.trim().toLowerCase(Locale.ROOT).split(";");
				if (parts[0].trim().equals("gzip")) {
					return parts.length < 2 || !parts[1].trim().matches("q=0(\\.0*)?");
				}
			}
		}
		return false;
	}

	private static final class BestGzip extends GZIPOutputStream {

		BestGzip(ByteArrayOutputStream out) throws IOException {
			super(out);
			this.def.setLevel(Deflater.BEST_COMPRESSION);
		}

	}

}
