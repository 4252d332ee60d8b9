package com.interviewbank.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.interviewbank.markdown.ParseWarning;
import com.interviewbank.markdown.RepairChoice;
import com.interviewbank.markdown.RepairKind;
import com.interviewbank.markdown.RepairReport;
import com.interviewbank.markdown.TextRepairer;

/**
 * What the text repair restored, left and reported for a guide, by kind. Run by
 * {@code bench/repair.sh}; it counts, it does not time.
 */
public final class RepairFigures {

	/** A Cyrillic lead byte whose continuation byte is not there. */
	private static final Pattern LOST_CYRILLIC = Pattern.compile("[ÐÑ](?![\\u0080-\\u00BF])");

	private RepairFigures() {
	}

	public static void main(String[] args) throws Exception {
		for (String arg : args) {
			String text = Files.readString(Path.of(arg), StandardCharsets.UTF_8);
			print(arg, new TextRepairer().repair(text), text);
		}
	}

	private static void print(String guide, RepairReport report, String source) {
		System.out.println("Text repair of " + guide);
		System.out.println("  restored: characters; reported: repairs listed for the admin (every choice made from"
				+ " context, three examples of an exact kind); to check: choices marked uncertain");
		System.out.printf("  %-18s %9s %9s %10s  %s%n", "kind", "restored", "reported", "to check", "detail");
		for (RepairKind kind : RepairKind.values()) {
			List<RepairChoice> choices = report.choices().stream().filter(c -> c.kind() == kind).toList();
			long uncertain = choices.stream().filter(RepairChoice::uncertain).count();
			System.out.printf("  %-18s %9d %9d %10d  %s%n", kind, report.count(kind), choices.size(), uncertain,
					detail(kind, choices));
		}
		Map<String, List<Integer>> left = new TreeMap<>();
		for (ParseWarning warning : report.undecided()) {
			left.computeIfAbsent(reasonLeft(warning.message()), reason -> new ArrayList<>()).add(warning.line());
		}
		System.out.printf("  left as imported and reported with their line: %d run(s)%n", report.undecided().size());
		left.forEach((reason, lines) -> System.out.printf("    %-52s %d  lines %s%n", reason, lines.size(), lines));
		long lost = LOST_CYRILLIC.matcher(source).results().count();
		int restored = report.count(RepairKind.CYRILLIC_LETTER);
		System.out.printf("  Cyrillic letters that lost their second byte: %d; restored %d, left %d%n", lost, restored,
				lost - restored);
	}

	private static String detail(RepairKind kind, List<RepairChoice> choices) {
		return switch (kind) {
			case DASH -> "en " + containing(choices, "–") + ", em " + containing(choices, "—");
			case QUOTATION_MARK -> "single " + containing(choices, "‘", "’") + ", double " + containing(choices, "“", "”");
			case CYRILLIC_LETTER -> choices.isEmpty() ? "" : choices.size() + " words, lowest confidence "
					+ String.format(Locale.ROOT, "%.2f",
							choices.stream().mapToDouble(RepairChoice::confidence).min().orElse(0));
			default -> choices.isEmpty() ? "" : "examples only";
		};
	}

	/** How many choices restored one of the marks (the mark at the centre of their context). */
	private static long containing(List<RepairChoice> choices, String... marks) {
		return choices.stream().filter(choice -> {
			String restored = choice.restored();
			String damaged = choice.damaged();
			for (int i = 0; i < Math.min(restored.length(), damaged.length()); i++) {
				if (restored.charAt(i) != damaged.charAt(i)) {
					String mark = String.valueOf(restored.charAt(i));
					return Arrays.asList(marks).contains(mark);
				}
			}
			return false;
		}).count();
	}

	private static String reasonLeft(String message) {
		if (message.contains("confidence of only")) {
			return "Cyrillic words the letter model is not sure of";
		}
		if (message.contains("glued to a word")) {
			return "Cyrillic letters glued to a Latin word";
		}
		return "other lost bytes (an emoji)";
	}

}
