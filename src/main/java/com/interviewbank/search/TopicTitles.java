package com.interviewbank.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.ServedContent;
import com.interviewbank.guide.TopicRef;
import com.interviewbank.guide.TopicRepository;

/**
 * The titles of the topics served, by {@code guide/topic}, for the topic facets: read once per
 * content served (its fingerprint changes with any import, switch, rename or removal of a guide),
 * not once per search.
 */
@Component
class TopicTitles {

	private final TopicRepository topics;

	private final ServedContent content;

	private volatile Known known = new Known("", List.of(), Map.of());

	TopicTitles(TopicRepository topics, ServedContent content) {
		this.topics = topics;
		this.content = content;
	}

	private record Known(String fingerprint, List<Long> versions, Map<String, String> titles) {
	}

	/** @param versions the versions served, as the search that asks saw them */
	Map<String, String> of(List<Long> versions) {
		Known current = this.known;
		String fingerprint = this.content.fingerprint();
		if (!current.fingerprint().equals(fingerprint) || !current.versions().equals(versions)) {
			Map<String, String> titles = this.topics.findRefs(versions)
				.stream()
				.collect(Collectors.toUnmodifiableMap(ref -> IndexFields.topicKey(ref.guide(), ref.slug()), TopicRef::title,
						(a, b) -> a));
			current = new Known(fingerprint, List.copyOf(versions), titles);
			this.known = current;
		}
		return current.titles();
	}

}
