package com.interviewbank.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

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

	private volatile Known known = new Known(List.of(), Set.of(), true);

	ServedLanguages(GuideVersionRepository versions) {
		this.versions = versions;
	}

	private record Known(List<Long> versions, Set<AnalysedLanguage> languages, boolean standardSnippets) {
	}

	Set<AnalysedLanguage> of(List<Long> served) {
		return known(served).languages();
	}

	/**
	 * Whether snippets must be highlighted in the standard fields as well as the languages' own:
	 * unless every guide served is in a language whose highlights mark all the standard fields'
	 * would ({@link AnalysedLanguage#marksAsStandard()}). Each highlighted field costs every hit a
	 * read of its term vectors, even where the hit leaves the field empty.
	 */
	boolean standardSnippets(List<Long> served) {
		return known(served).standardSnippets();
	}

	private Known known(List<Long> served) {
		Known current = this.known;
		if (!current.versions().equals(served)) {
			Set<AnalysedLanguage> languages = EnumSet.noneOf(AnalysedLanguage.class);
			boolean standardSnippets = served.isEmpty();
			if (!served.isEmpty()) {
				for (String code : this.versions.languagesOf(served)) {
					var language = AnalysedLanguage.of(code);
					language.ifPresent(languages::add);
					standardSnippets |= language.map(known -> !known.marksAsStandard()).orElse(true);
				}
			}
			current = new Known(List.copyOf(served), Collections.unmodifiableSet(languages), standardSnippets);
			this.known = current;
		}
		return current;
	}

	/** Forgets the languages known, after a guide's language changed with its versions the same. */
	void forget() {
		this.known = new Known(List.of(), Set.of(), true);
	}

}
