package com.interviewbank.practice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.interviewbank.guide.GuideCatalogue;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.system.Sha256;

/**
 * Short links to sets: {@code /s/{code}} instead of a link of a hundred ids. The code is the start
 * of a SHA-256 of the name and the questions, so the same set shared twice is one row and one link.
 */
@Service
class SharedSets {

	static final int MAX_NAME_LENGTH = 120;

	private static final int CODE_LENGTH = 10;

	private final SharedSetRepository sets;

	private final QuestionRepository questions;

	private final GuideCatalogue guides;

	private final Clock clock;

	SharedSets(SharedSetRepository sets, QuestionRepository questions, GuideCatalogue guides, Clock clock) {
		this.sets = sets;
		this.questions = questions;
		this.guides = guides;
		this.clock = clock;
	}

	/**
	 * Stores a set and answers its code. Keys of no question served are left out; a set of none of
	 * them is refused (400), as is one of more than {@link PracticeService#MAX_SET_SIZE}.
	 */
	@Transactional
	String share(String name, List<String> ids) {
		List<String> keys = PracticeService.parseIds(ids == null ? "" : String.join(",", ids));
		if (keys.size() > PracticeService.MAX_SET_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A set holds at most " + PracticeService.MAX_SET_SIZE + " questions.");
		}
		List<String> served = keys.isEmpty() ? List.of()
				: this.questions.findByStableKeysInVersions(keys, this.guides.versionIds())
					.stream()
					.map(Question::getStableKey)
					.toList();
		List<String> kept = keys.stream().filter(served::contains).toList();
		if (kept.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A set needs at least one question of the bank.");
		}
		String cleanName = name == null || name.isBlank() ? null : name.strip();
		if (cleanName != null && cleanName.length() > MAX_NAME_LENGTH) {
			cleanName = cleanName.substring(0, MAX_NAME_LENGTH);
		}
		String joined = String.join(",", kept);
		String hash = Sha256.of(((cleanName == null ? "" : cleanName) + "\n" + joined).getBytes(StandardCharsets.UTF_8));
		// A code another set already holds (a collision of its first characters) takes more of the hash.
		for (int length = CODE_LENGTH; length <= 16; length += 3) {
			String code = hash.substring(0, length);
			Optional<SharedSet> existing = this.sets.findById(code);
			if (existing.isEmpty()) {
				this.sets.save(new SharedSet(code, cleanName, joined, this.clock.instant()));
				return code;
			}
			if (existing.get().getIds().equals(joined) && java.util.Objects.equals(existing.get().getName(), cleanName)) {
				return code;
			}
		}
		throw new ResponseStatusException(HttpStatus.CONFLICT, "No short link is free for this set.");
	}

	@Transactional(readOnly = true)
	Optional<SharedSet> find(String code) {
		return code.length() > 16 ? Optional.empty() : this.sets.findById(code);
	}

}
