package com.interviewbank.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.GuideLanguageRef;
import com.interviewbank.guide.GuideVersionRepository;

/**
 * The analysed languages of the guide versions served, so that a search asks only their fields,
 * and whether their snippets need the standard fields too (see {@link #standardSnippets}). Kept
 * until the versions served change (a re-import, or an admin's new language for a guide, which
 * re-indexes it as a version would).
 */
@Component
class ServedLanguages {

	private final GuideVersionRepository versions;

	private volatile Known known = Known.NONE;

	ServedLanguages(GuideVersionRepository versions) {
		this.versions = versions;
	}

	/** @param byGuide the analysed language of each guide served in one */
	private record Known(List<Long> versions, Set<AnalysedLanguage> languages, boolean standardSnippets,
			Map<String, AnalysedLanguage> byGuide) {

		static final Known NONE = new Known(List.of(), Set.of(), true, Map.of());

	}

	Set<AnalysedLanguage> of(List<Long> served) {
		return known(served).languages();
	}

	/**
	 * Whether snippets must be highlighted in the standard fields as well as the languages' own:
	 * unless every guide served is in a language whose highlights mark all the standard fields'
	 * would ({@link AnalysedLanguage#marksAsStandard()}). Each analysis costs every hit another pass
	 * over its text (a cluster: a read of its term vectors, even where the hit leaves the field empty).
	 */
	boolean standardSnippets(List<Long> served) {
		return known(served).standardSnippets();
	}

	/** The analysed language of a guide served, if it is in one (its snippets are marked in it). */
	Optional<AnalysedLanguage> ofGuide(List<Long> served, String guideSlug) {
		return Optional.ofNullable(known(served).byGuide().get(guideSlug));
	}

	private Known known(List<Long> served) {
		Known current = this.known;
		if (!current.versions().equals(served)) {
			Set<AnalysedLanguage> languages = EnumSet.noneOf(AnalysedLanguage.class);
			Map<String, AnalysedLanguage> byGuide = new HashMap<>();
			boolean standardSnippets = served.isEmpty();
			if (!served.isEmpty()) {
				for (GuideLanguageRef guide : this.versions.languagesOf(served)) {
					var language = AnalysedLanguage.of(guide.language());
					language.ifPresent(languages::add);
					language.ifPresent(known -> byGuide.put(guide.guideSlug(), known));
					standardSnippets |= language.map(known -> !known.marksAsStandard()).orElse(true);
				}
			}
			current = new Known(List.copyOf(served), Collections.unmodifiableSet(languages), standardSnippets,
					Map.copyOf(byGuide));
			this.known = current;
		}
		return current;
	}

	/** Forgets the languages known, after a guide's language changed with its versions the same. */
	void forget() {
		this.known = Known.NONE;
	}

}
