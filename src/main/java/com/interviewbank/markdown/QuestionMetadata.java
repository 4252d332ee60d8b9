package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a guide says about a question beside its text (docs/ARCHITECTURE.md, "Question metadata").
 *
 * @param tags lower case, trimmed, each once, in the order the guide gives them
 * @param difficulty 1 (beginner) to 5 (expert), or null when the guide does not say
 */
public record QuestionMetadata(List<String> tags, Integer difficulty) {

	/** No tag and no difficulty. */
	public static final QuestionMetadata NONE = new QuestionMetadata(List.of(), null);

	/** At most this many tags per question; a guide that says more is cut. */
	public static final int MAX_TAGS = 20;

	/** At most this many characters per tag. */
	public static final int MAX_TAG_LENGTH = 50;

	public QuestionMetadata {
		tags = normalized(tags);
		if (difficulty != null && (difficulty < Difficulty.MIN || difficulty > Difficulty.MAX)) {
			throw new IllegalArgumentException("difficulty " + difficulty + " is outside 1..5");
		}
	}

	/** These tags after the other's, and the other's difficulty unless it has none. */
	QuestionMetadata overriddenBy(QuestionMetadata closer) {
		List<String> merged = new ArrayList<>(this.tags);
		merged.addAll(closer.tags);
		return new QuestionMetadata(merged, closer.difficulty != null ? closer.difficulty : this.difficulty);
	}

	/** One tag as stored: lower case, inner spaces collapsed, or null when nothing is left. */
	public static String tag(String raw) {
		if (raw == null) {
			return null;
		}
		String tag = raw.strip().replaceAll("^[\"'#]+|[\"']+$", "").replaceAll("\\s+", " ").strip()
			.toLowerCase(Locale.ROOT);
		if (tag.isEmpty()) {
			return null;
		}
		return tag.length() > MAX_TAG_LENGTH ? tag.substring(0, MAX_TAG_LENGTH).strip() : tag;
	}

	private static List<String> normalized(List<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		for (String raw : tags) {
			String tag = tag(raw);
			if (tag != null && result.size() < MAX_TAGS) {
				result.add(tag);
			}
		}
		return List.copyOf(result);
	}

}
