package com.interviewbank.browse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.GuideCatalogue;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportRunRepository;
import com.interviewbank.imports.VersionDiff;
import com.interviewbank.markdown.QuestionKind;
import com.interviewbank.system.NotFoundException;

/**
 * What changed in each version of a guide, for readers: {@code /guides/{guide}/changes} and its
 * Atom feed.
 */
@Service
@Transactional(readOnly = true)
class ChangeLog {

	private final GuideCatalogue catalogue;

	private final ImportRunRepository runs;

	private final GuideVersionRepository versions;

	private final JsonMapper json;

	private final QuestionRepository questions;

	ChangeLog(GuideCatalogue catalogue, ImportRunRepository runs, GuideVersionRepository versions, JsonMapper json,
			QuestionRepository questions) {
		this.questions = questions;
		this.catalogue = catalogue;
		this.runs = runs;
		this.versions = versions;
		this.json = json;
	}

	/**
	 * One version: when it went live, and what it added, changed, renamed and removed.
	 * @param questions the version's questions with answers
	 * @param prompts the version's prompts, counted apart as everywhere else
	 */
	record Entry(long id, int version, Instant date, List<String> added, List<String> changed,
			List<VersionDiff.Renamed> renamed, List<String> removed, int questions, long prompts) {

		public boolean firstImport() {
			return this.changed.isEmpty() && this.renamed.isEmpty() && this.removed.isEmpty() && this.version == 1;
		}

	}

	record Page(String guideSlug, String guideTitle, List<Entry> entries) {
	}

	Page of(String guideSlug) {
		var guide = this.catalogue.find(guideSlug).map(GuideCatalogue.Served::guide).orElseThrow(() -> new NotFoundException("No guide “" + guideSlug + "”"));
		List<Entry> entries = this.runs.findApplied(guide.getSlug()).stream().map(this::entry).toList();
		return new Page(guide.getSlug(), guide.getTitle(), entries);
	}

	private Entry entry(ImportRun run) {
		VersionDiff diff = run.getChanges() == null ? VersionDiff.NONE
				: this.json.readValue(run.getChanges(), VersionDiff.class);
		Optional<GuideVersion> version = this.versions.findById(run.getVersionId());
		int number = version.map(GuideVersion::getNumber).orElse(0);
		Instant date = run.getFinishedAt() != null ? run.getFinishedAt() : run.getStartedAt();
		return new Entry(run.getId(), number, date, diff.added(), diff.changed().stream().map(VersionDiff.Changed::slug).toList(),
				diff.renamed(), diff.removed(), version.map(GuideVersion::getQuestionCount).orElse(0),
				version.map(v -> this.questions.countByVersionAndKind(v, QuestionKind.PROMPT)).orElse(0L));
	}

}
