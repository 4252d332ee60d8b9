package com.interviewbank.markdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text, refusing what is too large, binary, not UTF-8 or empty.
 */
final class SourceDecoder {

	private static final int BINARY_SNIFF_BYTES = 8192;

	private final ParseLimits limits;

	SourceDecoder(ParseLimits limits) {
		this.limits = limits;
	}

	String decode(byte[] bytes) {
		if (bytes.length > this.limits.maxBytes()) {
			throw new RejectedGuideException(RejectionReason.TOO_LARGE, "The guide is %s; the largest accepted is %s."
				.formatted(humanSize(bytes.length), humanSize(this.limits.maxBytes())));
		}
		if (looksBinary(bytes)) {
			throw new RejectedGuideException(RejectionReason.NOT_TEXT,
					"The file is not text (it holds binary data). Upload a Markdown (.md) file.");
		}
		String text = strictUtf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new RejectedGuideException(RejectionReason.EMPTY, "The guide is empty.");
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static boolean looksBinary(byte[] bytes) {
		int end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
		int controls = 0;
		for (int i = 0; i < end; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				controls++;
			}
		}
		return end > 0 && controls * 10 > end;
	}

	private static String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new RejectedGuideException(RejectionReason.NOT_UTF8,
					"The guide is not valid UTF-8 text. Save it as UTF-8 and upload it again.");
		}
	}

	private static String humanSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return "%.1f KB".formatted(bytes / 1024.0);
		}
		return "%.1f MB".formatted(bytes / (1024.0 * 1024));
	}

}
