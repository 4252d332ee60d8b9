package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;

import com.interviewbank.system.Sha256;

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
		return Sha256.of(normalized.getBytes(StandardCharsets.UTF_8));
	}

}
