package com.interviewbank.imports;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.interviewbank.markdown.AnswerHash;
import com.interviewbank.markdown.QuestionMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The re-import diff, keyed by slug and answer hash.
 */
class VersionDiffTests {

	@Test
	void shouldSortQuestionsIntoAddedChangedUnchangedRenamedAndRemoved() {
		List<VersionDiff.Entry> before = List.of(entry("kept", "Kept", "Same answer."),
				entry("edited", "Edited", "Old answer.\nSecond line."), entry("old-name", "Old name", "Moved answer."),
				entry("dropped", "Dropped", "Gone."), entry("retitled", "Retitled", "Same."));
		List<VersionDiff.Entry> after = List.of(entry("kept", "Kept", "Same answer."),
				entry("edited", "Edited", "New answer.\nSecond line."), entry("new-name", "New name", "Moved answer."),
				entry("fresh", "Fresh", "Brand new."), entry("retitled", "Retitled better", "Same."));
		VersionDiff diff = VersionDiff.of(before, after);
		assertThat(diff.unchanged()).containsExactly("kept");
		assertThat(diff.changed()).extracting(VersionDiff.Changed::slug).containsExactly("edited", "retitled");
		assertThat(diff.changed().get(0).diff()).contains("-Old answer.", "+New answer.", " Second line.");
		assertThat(diff.renamed()).containsExactly(new VersionDiff.Renamed("old-name", "new-name"));
		assertThat(diff.added()).containsExactly("fresh");
		assertThat(diff.removed()).containsExactly("dropped");
		assertThat(diff.renames()).containsEntry("new-name", "old-name");
	}

	@Test
	void shouldCountARenameWithAnEditAsRemovedAndAdded() {
		VersionDiff diff = VersionDiff.of(List.of(entry("a", "A", "Answer.")), List.of(entry("b", "B", "Answer, edited.")));
		assertThat(diff.renamed()).isEmpty();
		assertThat(diff.removed()).containsExactly("a");
		assertThat(diff.added()).containsExactly("b");
	}

	@Test
	void shouldNotGuessARenameWhenTwoNewSlugsHoldTheSameAnswer() {
		VersionDiff diff = VersionDiff.of(List.of(entry("a", "A", "Same.")),
				List.of(entry("b", "B", "Same."), entry("c", "C", "Same.")));
		assertThat(diff.renamed()).isEmpty();
		assertThat(diff.removed()).containsExactly("a");
		assertThat(diff.added()).containsExactly("b", "c");
	}

	@Test
	void shouldSeeEverythingAsAddedForANewGuide() {
		VersionDiff diff = VersionDiff.of(List.of(), List.of(entry("a", "A", "x"), entry("b", "B", "y")));
		assertThat(diff.added()).containsExactly("a", "b");
		assertThat(diff.isEmpty()).isFalse();
	}

	@Test
	void shouldCountNewTagsOrDifficultyAsAChangedQuestion() {
		VersionDiff.Entry plain = entry("a", "A", "Answer.");
		VersionDiff.Entry tagged = new VersionDiff.Entry("a", "A", "Answer.", AnswerHash.of("Answer."),
				new QuestionMetadata(List.of("python"), 3));
		VersionDiff diff = VersionDiff.of(List.of(plain), List.of(tagged));
		assertThat(diff.unchanged()).isEmpty();
		assertThat(diff.changed()).singleElement().satisfies(changed -> {
			assertThat(changed.slug()).isEqualTo("a");
			assertThat(changed.diff()).contains("+tags: python", "+difficulty: 3");
		});
		assertThat(VersionDiff.of(List.of(tagged), List.of(tagged)).unchanged()).containsExactly("a");
	}

	private static VersionDiff.Entry entry(String slug, String title, String answer) {
		return new VersionDiff.Entry(slug, title, answer, AnswerHash.of(answer));
	}

}
