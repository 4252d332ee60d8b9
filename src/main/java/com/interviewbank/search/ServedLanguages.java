package com.interviewbank.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.GuideVersionRepository;

/**
 * The analysed languages of the guide versions served, so that a search asks only their fields.
 * Kept until the versions served change (a re-import, or an admin's new language for a guide,
 * which re-indexes it as a version would).
 */
@Component
class ServedLanguages {

	private final GuideVersionRepository versions;

	private volatile Known known = new Known(List.of(), Set.of());

	ServedLanguages(GuideVersionRepository versions) {
		this.versions = versions;
	}

	private record Known(List<Long> versions, Set<AnalysedLanguage> languages) {
	}

	Set<AnalysedLanguage> of(List<Long> served) {
		Known current = this.known;
		if (!current.versions().equals(served)) {
			Set<AnalysedLanguage> languages = EnumSet.noneOf(AnalysedLanguage.class);
			if (!served.isEmpty()) {
				this.versions.languagesOf(served).forEach(code -> AnalysedLanguage.of(code).ifPresent(languages::add));
			}
			current = new Known(List.copyOf(served), Collections.unmodifiableSet(languages));
			this.known = current;
		}
		return current.languages();
	}

	/** Forgets the languages known, after a guide's language changed with its versions the same. */
	void forget() {
		this.known = new Known(List.of(), Set.of());
	}

}
