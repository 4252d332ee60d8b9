package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run of Latin-1 / Windows-1252 characters back as the UTF-8 bytes they once were, and
 * splits those bytes into sequences: whole ones, which decode exactly, and damaged ones, whose
 * continuation bytes in 0x80–0x9F were lost (Latin-1 maps them to invisible C1 controls, which
 * editors drop).
 */
final class Mojibake {

	/** Windows-1252 characters for the bytes 0x80–0x9F, indexed by byte - 0x80 (0 where unmapped). */
	private static final String CP1252_HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

	private Mojibake() {
	}

	/** The byte a character stood for, or -1 if it is not a Latin-1 or Windows-1252 character. */
	static int byteOf(char c) {
		if (c >= 0x80 && c <= 0xFF) {
			return c;
		}
		int index = CP1252_HIGH.indexOf(c);
		return (index >= 0 && c != 0) ? 0x80 + index : -1;
	}

	static boolean isByteLike(char c) {
		return byteOf(c) >= 0;
	}

	/** A lead byte of a multi-byte UTF-8 sequence, as a character: Â (C2) to ô (F4). */
	static boolean isLead(char c) {
		return c >= 0xC2 && c <= 0xF4;
	}

	/** One UTF-8 sequence of a run: whole, or a lead byte with some continuation bytes missing. */
	record Sequence(int lead, int[] present, int missing, String decoded) {

		boolean whole() {
			return this.decoded != null;
		}

	}

	/** The sequences of a run, or an empty list if the run cannot be read as UTF-8 at all. */
	static List<Sequence> sequences(String run) {
		List<Sequence> sequences = new ArrayList<>();
		int i = 0;
		while (i < run.length()) {
			int lead = byteOf(run.charAt(i));
			int length = sequenceLength(lead);
			if (length == 0) {
				return List.of();
			}
			List<Integer> continuation = new ArrayList<>();
			int j = i + 1;
			while (j < run.length() && continuation.size() < length - 1 && isContinuation(byteOf(run.charAt(j)))) {
				continuation.add(byteOf(run.charAt(j)));
				j++;
			}
			int[] present = continuation.stream().mapToInt(Integer::intValue).toArray();
			int missing = length - 1 - present.length;
			sequences.add(new Sequence(lead, present, missing, missing == 0 ? decode(lead, present) : null));
			i = j;
		}
		return sequences;
	}

	private static int sequenceLength(int lead) {
		if (lead >= 0xC2 && lead <= 0xDF) {
			return 2;
		}
		if (lead >= 0xE0 && lead <= 0xEF) {
			return 3;
		}
		if (lead >= 0xF0 && lead <= 0xF4) {
			return 4;
		}
		return 0;
	}

	private static boolean isContinuation(int b) {
		return b >= 0x80 && b <= 0xBF;
	}

	private static String decode(int lead, int[] continuation) {
		byte[] bytes = new byte[continuation.length + 1];
		bytes[0] = (byte) lead;
		for (int k = 0; k < continuation.length; k++) {
			bytes[k + 1] = (byte) continuation[k];
		}
		String decoded = new String(bytes, StandardCharsets.UTF_8);
		return decoded.contains("\uFFFD") ? null : decoded;
	}

}
