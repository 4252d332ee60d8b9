package com.interviewbank.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import com.interviewbank.markdown.Difficulty;
import com.interviewbank.markdown.QuestionMetadata;

/**
 * What a search keeps to besides its words: a guide, a topic of it, a tag, a difficulty. Part of
 * every cache key.
 *
 * @param guide a guide slug, or null
 * @param topic a topic slug of that guide, or null
 * @param tag a tag as stored (lower case), or null
 * @param difficulty 1 to 5, or null
 */
public record SearchFilters(String guide, String topic, String tag, Integer difficulty) {

	public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

	public SearchFilters {
		guide = blankToNull(guide);
		topic = guide == null ? null : blankToNull(topic);
		tag = QuestionMetadata.tag(tag);
		if (difficulty != null && (difficulty < Difficulty.MIN || difficulty > Difficulty.MAX)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "difficulty is a number from 1 to 5");
		}
	}

	/** Filters that list questions even with no words to search: a tag or a difficulty. */
	boolean listsWithoutWords() {
		return this.tag != null || this.difficulty != null;
	}

	boolean isEmpty() {
		return this.guide == null && this.topic == null && !listsWithoutWords();
	}

	String topicKey() {
		return this.topic != null ? IndexFields.topicKey(this.guide, this.topic) : null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
