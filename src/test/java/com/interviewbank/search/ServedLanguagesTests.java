package com.interviewbank.search;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.interviewbank.guide.GuideLanguageRef;
import com.interviewbank.guide.GuideVersionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Which fields a search's snippets are highlighted in: the standard fields only when a guide
 * served is in a language whose own fields might leave a match of them unmarked.
 */
class ServedLanguagesTests {

	private static final List<Long> SERVED = List.of(1L, 2L);

	@Test
	void shouldLeaveTheStandardFieldsOutOfSnippetsWhenEveryGuideIsEnglish() {
		ServedLanguages served = servedIn("en");
		assertThat(served.of(SERVED)).containsExactly(AnalysedLanguage.ENGLISH);
		assertThat(served.standardSnippets(SERVED)).isFalse();
	}

	@Test
	void shouldHighlightTheStandardFieldsWhenAGuideIsInALanguageWithoutItsOwnAnalysis() {
		assertThat(servedIn("en", "de").standardSnippets(SERVED)).isTrue();
		assertThat(servedIn("en", null).standardSnippets(SERVED)).isTrue();
	}

	@Test
	void shouldHighlightTheStandardFieldsForChineseAndRussianGuides() {
		// Chinese segmentation may not meet the characters the standard fields match one by one;
		// the Russian analysis does not fold accents as the standard one does.
		assertThat(servedIn("en", "zh").standardSnippets(SERVED)).isTrue();
		assertThat(servedIn("ru").standardSnippets(SERVED)).isTrue();
	}

	@Test
	void shouldTellEachGuidesAnalysedLanguage() {
		ServedLanguages served = servedIn("en", "zh", "de", null);
		assertThat(served.ofGuide(SERVED, "guide-0")).contains(AnalysedLanguage.ENGLISH);
		assertThat(served.ofGuide(SERVED, "guide-1")).contains(AnalysedLanguage.CHINESE);
		assertThat(served.ofGuide(SERVED, "guide-2")).isEmpty();
		assertThat(served.ofGuide(SERVED, "guide-3")).isEmpty();
		assertThat(served.ofGuide(SERVED, "not-served")).isEmpty();
	}

	@Test
	void shouldTellAgainWhenTheVersionsServedChange() {
		GuideVersionRepository versions = mock(GuideVersionRepository.class);
		when(versions.languagesOf(any())).thenReturn(refs("en"), refs("en", "de"));
		ServedLanguages served = new ServedLanguages(versions);
		assertThat(served.standardSnippets(SERVED)).isFalse();
		assertThat(served.standardSnippets(SERVED)).isFalse();
		assertThat(served.standardSnippets(List.of(1L, 3L))).isTrue();
	}

	private static ServedLanguages servedIn(String... codes) {
		GuideVersionRepository versions = mock(GuideVersionRepository.class);
		when(versions.languagesOf(any())).thenReturn(refs(codes));
		return new ServedLanguages(versions);
	}

	/** A guide in each language, {@code guide-0} in the first. */
	private static List<GuideLanguageRef> refs(String... codes) {
		List<String> languages = Arrays.asList(codes);
		return java.util.stream.IntStream.range(0, languages.size())
			.mapToObj(i -> new GuideLanguageRef("guide-" + i, languages.get(i)))
			.toList();
	}

}
