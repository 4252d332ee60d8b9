package com.interviewbank.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.interviewbank.markdown.QuestionMetadata;

/**
 * What a re-import changes, keyed by slug and answer hash (docs/ARCHITECTURE.md, "Re-import"). Added, removed
 * and unchanged are what the words say; changed is the same slug with another answer, title, tags or difficulty;
 * renamed is an old slug that is gone, with exactly one new slug (new to the guide) holding an
 * identical answer. A rename with an edit counts as removed + added.
 */
public record VersionDiff(List<String> added, List<Changed> changed, List<String> unchanged, List<Renamed> renamed,
		List<String> removed) {

	/** No change at all: what a run that compared nothing reports. */
	public static final VersionDiff NONE = new VersionDiff(List.of(), List.of(), List.of(), List.of(), List.of());

	/** A question kept under its slug with a new answer or title, and a readable diff. */
	public record Changed(String slug, String diff) {
	}

	public record Renamed(String from, String to) {
	}

	/** A question as the diff sees it; its tags and difficulty count as part of it. */
	public record Entry(String slug, String title, String answerMarkdown, String answerHash,
			QuestionMetadata metadata) {

		public Entry {
			metadata = metadata != null ? metadata : QuestionMetadata.NONE;
		}

		public Entry(String slug, String title, String answerMarkdown, String answerHash) {
			this(slug, title, answerMarkdown, answerHash, QuestionMetadata.NONE);
		}

		private boolean sameAs(Entry other) {
			return this.answerHash.equals(other.answerHash) && this.title.equals(other.title)
					&& this.metadata.equals(other.metadata);
		}

	}

	/**
	 * @param before the active version's questions, in order (empty for a new guide)
	 * @param after the new version's questions, in order
	 */
	public static VersionDiff of(List<Entry> before, List<Entry> after) {
		Map<String, Entry> old = index(before);
		Map<String, Entry> fresh = index(after);
		List<String> added = new ArrayList<>();
		List<Changed> changed = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		for (Entry entry : after) {
			Entry previous = old.get(entry.slug());
			if (previous == null) {
				added.add(entry.slug());
			}
			else if (previous.sameAs(entry)) {
				unchanged.add(entry.slug());
			}
			else {
				changed.add(new Changed(entry.slug(), diff(previous, entry)));
			}
		}
		List<String> removed = new ArrayList<>();
		List<Renamed> renamed = new ArrayList<>();
		Map<String, List<String>> addedByHash = new HashMap<>();
		added.forEach(slug -> addedByHash.computeIfAbsent(fresh.get(slug).answerHash(), h -> new ArrayList<>()).add(slug));
		Map<String, Integer> removedHashes = new HashMap<>();
		before.stream()
			.filter(entry -> !fresh.containsKey(entry.slug()))
			.forEach(entry -> removedHashes.merge(entry.answerHash(), 1, Integer::sum));
		Set<String> renamedTo = new HashSet<>();
		for (Entry entry : before) {
			if (fresh.containsKey(entry.slug())) {
				continue;
			}
			List<String> candidates = addedByHash.getOrDefault(entry.answerHash(), List.of());
			if (candidates.size() == 1 && removedHashes.get(entry.answerHash()) == 1) {
				renamed.add(new Renamed(entry.slug(), candidates.get(0)));
				renamedTo.add(candidates.get(0));
			}
			else {
				removed.add(entry.slug());
			}
		}
		added.removeAll(renamedTo);
		return new VersionDiff(added, changed, unchanged, renamed, removed);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.added.isEmpty() && this.changed.isEmpty() && this.renamed.isEmpty() && this.removed.isEmpty();
	}

	/** New slug → old slug, for questions that keep their stable key under a new slug. */
	@JsonIgnore
	public Map<String, String> renames() {
		Map<String, String> renames = new HashMap<>();
		this.renamed.forEach(rename -> renames.put(rename.to(), rename.from()));
		return renames;
	}

	private static Map<String, Entry> index(List<Entry> entries) {
		Map<String, Entry> index = new LinkedHashMap<>();
		entries.forEach(entry -> index.put(entry.slug(), entry));
		return index;
	}

	private static String diff(Entry before, Entry after) {
		List<String> oldLines = lines(before);
		List<String> newLines = lines(after);
		List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(before.slug(), after.slug(), oldLines,
				DiffUtils.diff(oldLines, newLines), 2);
		return String.join("\n", unified);
	}

	private static List<String> lines(Entry entry) {
		List<String> lines = new ArrayList<>();
		lines.add("## " + entry.title());
		if (!entry.metadata().tags().isEmpty()) {
			lines.add("tags: " + String.join(", ", entry.metadata().tags()));
		}
		if (entry.metadata().difficulty() != null) {
			lines.add("difficulty: " + entry.metadata().difficulty());
		}
		lines.add("");
		lines.addAll(entry.answerMarkdown().lines().toList());
		return lines;
	}

}
