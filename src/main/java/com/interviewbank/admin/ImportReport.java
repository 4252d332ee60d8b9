package com.interviewbank.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.VersionDiff;
import com.interviewbank.markdown.Outline;
import com.interviewbank.markdown.ParseWarning;
import com.interviewbank.markdown.QuestionForm;
import com.interviewbank.markdown.RepairChoice;

/**
 * An import or dry run as the admin API reports it (docs/ARCHITECTURE.md, "JSON API").
 * {@code repairs} counts restored characters by kind, as it always has; {@code repairExamples}
 * lists, by kind, each repair chosen from context and a few examples of those decided exactly.
 */
record ImportReport(long id, String guide, String status, String checksum, Outline outline, Counts counts,
		Changes changes, Map<String, Integer> repairs, Map<String, List<RepairExample>> repairExamples,
		List<ParseWarning> warnings, String error) {

	/**
	 * The levels and the form chosen: {@code form} is a {@link QuestionForm} name, {@code formText}
	 * the form in words.
	 */
	record Outline(Integer topicLevel, Integer questionLevel, String form, String formText) {

		static Outline of(ImportRun run) {
			QuestionForm form = run.getQuestionForm() != null ? QuestionForm.valueOf(run.getQuestionForm()) : null;
			return new Outline(run.getTopicLevel(), run.getQuestionLevel(), form != null ? form.name() : null,
					form != null ? form.description() : null);
		}

	}

	record Counts(Integer topics, Integer questions, int added, int changed, int unchanged, int removed, int renamed) {
	}

	record Changes(List<String> added, List<VersionDiff.Changed> changed, List<VersionDiff.Renamed> renamed,
			List<String> removed) {
	}

	/** One repair under its kind: where, what the source said, what readers see, why, how sure. */
	record RepairExample(int line, String damaged, String restored, String reason, Double confidence,
			boolean uncertain) {
	}

	static ImportReport of(ImportOutcome outcome) {
		Map<String, Integer> repairs = new TreeMap<>();
		outcome.repairs().forEach((kind, count) -> repairs.put(kind.name(), count));
		return of(outcome.run(), outcome.diff(), repairs, byKind(outcome.repairChoices()), outcome.warnings());
	}

	/** A run from the history, its diff, repairs and warnings read back from their JSON. */
	static ImportReport of(ImportRun run, JsonMapper json) {
		VersionDiff diff = run.getChanges() == null ? null : json.readValue(run.getChanges(), VersionDiff.class);
		Map<String, Integer> repairs = run.getRepairs() == null ? Map.of()
				: json.readValue(run.getRepairs(), new TypeReference<Map<String, Integer>>() {
				});
		List<RepairChoice> choices = run.getRepairExamples() == null ? List.of()
				: json.readValue(run.getRepairExamples(), new TypeReference<List<RepairChoice>>() {
				});
		List<ParseWarning> warnings = run.getWarnings() == null ? List.of()
				: json.readValue(run.getWarnings(), new TypeReference<List<ParseWarning>>() {
				});
		return of(run, diff, repairs, byKind(choices), warnings);
	}

	private static Map<String, List<RepairExample>> byKind(List<RepairChoice> choices) {
		Map<String, List<RepairExample>> byKind = new TreeMap<>();
		for (RepairChoice choice : choices) {
			byKind.computeIfAbsent(choice.kind().name(), kind -> new ArrayList<>())
				.add(new RepairExample(choice.line(), choice.damaged(), choice.restored(), choice.reason(),
						choice.confidence(), choice.uncertain()));
		}
		return byKind;
	}

	private static ImportReport of(ImportRun run, VersionDiff diff, Map<String, Integer> repairs,
			Map<String, List<RepairExample>> repairExamples, List<ParseWarning> warnings) {
		VersionDiff changes = diff != null ? diff : VersionDiff.NONE;
		return new ImportReport(run.getId(), run.getGuideSlug(), run.getStatus().name(), run.getChecksum(),
				Outline.of(run),
				new Counts(run.getTopicCount(), run.getQuestionCount(), changes.added().size(), changes.changed().size(),
						changes.unchanged().size(), changes.removed().size(), changes.renamed().size()),
				new Changes(changes.added(), changes.changed(), changes.renamed(), changes.removed()), repairs,
				repairExamples, warnings, run.getError());
	}

}
