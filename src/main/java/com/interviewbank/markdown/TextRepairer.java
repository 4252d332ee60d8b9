package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Latin-1 or Windows-1252 ("mojibake").
 *
 * <p>
 * Whole sequences are decoded exactly. Where Latin-1 lost the bytes 0x80–0x9F, a lone {@code â}
 * (the lead byte of the punctuation block) is restored from its neighbours: an apostrophe, a
 * quotation mark, a dash, or a line of a directory tree in a code block. A Russian word whose
 * letters lost their second byte is read back with a letter model ({@link LostCyrillic}) when the
 * model is confident. Anything else with lost bytes (emoji, a word the model cannot decide) stays as
 * it is and is reported.
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
			return RepairReport.unchanged(text);
		}
		RepairLog log = new RepairLog();
		String[] lines = text.split("\n", -1);
		new DirectoryTreeRepair(log).repairFencedTrees(lines, FENCE);
		for (int i = 0; i < lines.length; i++) {
			log.line = i + 1;
			lines[i] = repairLine(lines[i], log);
		}
		return log.report(String.join("\n", lines));
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

	private static String repairLine(String line, RepairLog log) {
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
			String repaired = repairRun(line, i, end, quotes, log);
			if (repaired == null) {
				if (run.chars().anyMatch(ch -> Mojibake.isLead((char) ch))) {
					log.leave("Damaged text «" + run + "» lost bytes that its context cannot restore; it is left as it is.");
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
	private static String repairRun(String line, int start, int end, QuoteState quotes, RepairLog log) {
		String run = line.substring(start, end);
		List<Mojibake.Sequence> sequences = Mojibake.sequences(run);
		if (sequences.isEmpty()) {
			return null;
		}
		if (sequences.stream().allMatch(Mojibake.Sequence::whole)) {
			StringBuilder decoded = new StringBuilder();
			sequences.forEach(s -> decoded.append(s.decoded()));
			log.count(RepairKind.COMPLETE_SEQUENCE, decoded.codePointCount(0, decoded.length()));
			log.example(RepairKind.COMPLETE_SEQUENCE, run, decoded.toString(), "whole UTF-8 sequences decoded exactly");
			return decoded.toString();
		}
		if (LostCyrillic.applies(sequences)) {
			return restoreCyrillicWord(line, start, end, sequences, log);
		}
		if (sequences.size() != 1 || sequences.get(0).lead() != LOST_PUNCTUATION_LEAD) {
			return null;
		}
		Mojibake.Sequence only = sequences.get(0);
		if (only.present().length == 1 && only.present()[0] == 0xA6) {
			log.count(RepairKind.ELLIPSIS, 1);
			log.example(RepairKind.ELLIPSIS, run, "…", "the ellipsis is the only character of its two bytes");
			return "…";
		}
		if (only.present().length == 0) {
			return LostPunctuation.resolve(line, start, quotes, log);
		}
		return null;
	}

	/** The word restored; the run as it is, reported, if the model is not confident or it is part of a Latin word. */
	private static String restoreCyrillicWord(String line, int start, int end, List<Mojibake.Sequence> sequences,
			RepairLog log) {
		String run = line.substring(start, end);
		if (!standsAlone(line, start, end)) {
			log.leave("Damaged text «" + run + "» is glued to a word in another script, so no Russian word can be read"
					+ " from it; it is left as it is.");
			return run;
		}
		LostCyrillic.Reading reading = new LostCyrillic(RussianLetterModel.shipped()).read(sequences);
		String confidence = String.format(Locale.ROOT, "%.2f", reading.confidence());
		if (!reading.confident()) {
			log.leave("Damaged Cyrillic word «" + run + "» lost " + reading.restoredLetters()
					+ " letter(s); the best reading, «" + reading.word() + "», has a confidence of only " + confidence
					+ ", so it is left as it is.");
			return run;
		}
		log.count(RepairKind.CYRILLIC_LETTER, reading.restoredLetters());
		boolean uncertain = reading.confidence() < RepairChoice.CHECK_BELOW;
		log.chose(RepairKind.CYRILLIC_LETTER, run, reading.word(),
				"Russian letter model, confidence " + confidence + (uncertain ? ": check it" : ""), reading.confidence(),
				uncertain);
		return reading.word();
	}

	/** Whether a run is a word of its own: no letter touches it, but for an escape such as {@code \n}. */
	private static boolean standsAlone(String line, int start, int end) {
		boolean letterBefore = start > 0 && Character.isLetter(line.charAt(start - 1))
				&& !(start > 1 && line.charAt(start - 2) == '\\');
		return !letterBefore && (end == line.length() || !Character.isLetter(line.charAt(end)));
	}

	/**
	 * What the repair of one line remembers: whether a quotation opened earlier is still waiting for
	 * its closing mark, and single or double; how many dashes join words on the line (-1: not yet
	 * counted), counted once so that a line of thousands of them stays linear.
	 */
	static final class QuoteState {

		boolean open;

		boolean single;

		int joiningDashes = -1;

	}

}
