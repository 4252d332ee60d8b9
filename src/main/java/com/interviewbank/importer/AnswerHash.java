package com.interviewbank.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint that tells a re-import whether an answer changed: SHA-256 of its Markdown with
 * LF line endings, trailing white space trimmed from every line and from the end.
 */
public final class AnswerHash {

	private AnswerHash() {
	}

	public static String of(String answerMarkdown) {
		String normalized = answerMarkdown.replace("\r\n", "\n")
			.lines()
			.map(String::stripTrailing)
			.reduce((a, b) -> a + "\n" + b)
			.orElse("")
			.stripTrailing();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
