package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Latin-1 or Windows-1252 ("mojibake").
 *
 * <p>
 * Whole sequences are decoded exactly. Where Latin-1 lost the bytes 0x80–0x9F, a lone {@code â}
 * (the lead byte of the punctuation block) is restored from its neighbours: an apostrophe, a
 * quotation mark, a dash, or a line of a directory tree in a code block. Anything else with lost
 * bytes (Cyrillic letters, emoji) cannot be known, so it stays as it is and is reported.
 *
 * <p>
 * Text with no sign of mojibake anywhere is returned unchanged, so a clean guide written in a
 * language that uses Â–ô (French, Portuguese, ...) is never touched.
 */
public final class TextRepairer {

	private static final char LOST_PUNCTUATION_LEAD = 'â';

	private static final Pattern DAMAGED_CONTRACTION = Pattern.compile("[A-Za-z]â(s|t|re|ve|ll|d|m)\\b");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

	public RepairReport repair(String text) {
		if (!looksDamaged(text)) {
			return new RepairReport(text, Map.of(), List.of());
		}
		Map<RepairKind, Integer> counts = new EnumMap<>(RepairKind.class);
		List<ParseWarning> undecided = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		new DirectoryTreeRepair(counts).repairFencedTrees(lines, FENCE);
		for (int i = 0; i < lines.length; i++) {
			lines[i] = repairLine(lines[i], i + 1, counts, undecided);
		}
		return new RepairReport(String.join("\n", lines), counts, undecided);
	}

	private static boolean looksDamaged(String text) {
		if (DAMAGED_CONTRACTION.matcher(text).results().limit(2).count() >= 2) {
			return true;
		}
		for (String run : runs(text)) {
			List<Mojibake.Sequence> sequences = Mojibake.sequences(run);
			if (!sequences.isEmpty() && sequences.stream().allMatch(Mojibake.Sequence::whole)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> runs(String text) {
		List<String> runs = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			if (Mojibake.isByteLike(text.charAt(i))) {
				int end = runEnd(text, i);
				runs.add(text.substring(i, end));
				i = end;
			}
			else {
				i++;
			}
		}
		return runs;
	}

	private static int runEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Mojibake.isByteLike(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private String repairLine(String line, int lineNumber, Map<RepairKind, Integer> counts,
			List<ParseWarning> undecided) {
		StringBuilder out = new StringBuilder(line.length());
		QuoteState quotes = new QuoteState();
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (!Mojibake.isByteLike(c)) {
				out.append(c);
				i++;
				continue;
			}
			int end = runEnd(line, i);
			String run = line.substring(i, end);
			String repaired = repairRun(line, i, run, quotes, counts);
			if (repaired == null) {
				if (run.chars().anyMatch(ch -> Mojibake.isLead((char) ch))) {
					undecided.add(new ParseWarning(lineNumber, "Damaged text «" + run
							+ "» lost bytes that its context cannot restore; it is left as it is."));
				}
				out.append(run);
			}
			else {
				out.append(repaired);
			}
			i = end;
		}
		return out.toString();
	}

	/** The run repaired, or null if it cannot be decided. */
	private String repairRun(String line, int start, String run, QuoteState quotes, Map<RepairKind, Integer> counts) {
		List<Mojibake.Sequence> sequences = Mojibake.sequences(run);
		if (sequences.isEmpty()) {
			return null;
		}
		if (sequences.stream().allMatch(Mojibake.Sequence::whole)) {
			StringBuilder decoded = new StringBuilder();
			sequences.forEach(s -> decoded.append(s.decoded()));
			counts.merge(RepairKind.COMPLETE_SEQUENCE, decoded.codePointCount(0, decoded.length()), Integer::sum);
			return decoded.toString();
		}
		if (sequences.size() != 1 || sequences.get(0).lead() != LOST_PUNCTUATION_LEAD) {
			return null;
		}
		Mojibake.Sequence only = sequences.get(0);
		if (only.present().length == 1 && only.present()[0] == 0xA6) {
			counts.merge(RepairKind.ELLIPSIS, 1, Integer::sum);
			return "…";
		}
		if (only.present().length == 0) {
			return LostPunctuation.resolve(line, start, quotes, counts);
		}
		return null;
	}

	/** Whether a quotation opened earlier on the line is still waiting for its closing mark. */
	static final class QuoteState {

		boolean open;

	}

}
