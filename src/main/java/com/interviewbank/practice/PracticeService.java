package com.interviewbank.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.GuideCatalogue;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.TopicRepository;
import com.interviewbank.system.NotFoundException;

/**
 * Reads decks to practise and interviewers' sets from the versions this node serves.
 */
@Service
@Transactional(readOnly = true)
class PracticeService {

	/** A shared link holds at most this many questions; more is not a set for one interview. */
	static final int MAX_SET_SIZE = 100;

	private final GuideCatalogue guides;

	private final QuestionRepository questions;

	private final TopicRepository topics;

	PracticeService(GuideCatalogue guides, QuestionRepository questions, TopicRepository topics) {
		this.guides = guides;
		this.questions = questions;
		this.topics = topics;
	}

	/** A guide to choose in the deck's filter. */
	record GuideChoice(String slug, String title) {
	}

	record TopicChoice(String slug, String title) {
	}

	/**
	 * @param guide the guide practised (null when the bank is empty)
	 * @param topics the topics of that guide, to choose from
	 * @param topic the topic practised, or null for the whole guide
	 * @param tags the tags of that guide's questions, to choose from
	 * @param tag the tag practised, or null for any
	 * @param difficulties the difficulties of that guide's questions, easiest first
	 * @param difficulty the difficulty practised, or null for any
	 */
	record Deck(List<GuideChoice> choices, GuideChoice guide, List<TopicChoice> topics, TopicChoice topic,
			List<String> tags, String tag, List<Integer> difficulties, Integer difficulty, List<Card> cards) {

		/** Whether a tag or difficulty narrows the deck. */
		public boolean filtered() {
			return this.tag != null || this.difficulty != null;
		}

	}

	/**
	 * The cards of a guide, or of one of its topics, of a tag and of a difficulty. With no guide named,
	 * the first guide that has cards of the tag and difficulty asked for (else the first guide).
	 */
	Deck deck(String guideSlug, String topicSlug, String tagAsked, Integer difficulty) {
		String tag = tagAsked == null || tagAsked.isBlank() ? null : tagAsked.strip();
		List<GuideCatalogue.Served> published = this.guides.all();
		List<GuideChoice> choices = published.stream()
			.map(served -> new GuideChoice(served.guide().getSlug(), served.guide().getTitle()))
			.toList();
		if (published.isEmpty()) {
			return new Deck(choices, null, List.of(), null, List.of(), tag, List.of(), difficulty, List.of());
		}
		int index = guideSlug != null ? indexOf(published, guideSlug)
				: (tag == null && difficulty == null) ? 0
						: firstHolding(published, question -> matches(question, tag, difficulty));
		GuideChoice guide = choices.get(index);
		List<TopicChoice> topics = this.topics.findByVersionOrderByPosition(published.get(index).version())
			.stream()
			.map(t -> new TopicChoice(t.getSlug(), t.getTitle()))
			.toList();
		TopicChoice topic = topicSlug == null ? null
				: topics.stream()
					.filter(t -> t.slug().equals(topicSlug))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("No topic “" + topicSlug + "” in " + guide.title()));
		List<Question> questions = this.questions.findWithTopicsByVersion(published.get(index).version());
		List<Card> cards = questions.stream()
			.filter(q -> topic == null || q.getTopic().getSlug().equals(topic.slug()))
			.filter(q -> matches(q, tag, difficulty))
			.map(Card::of)
			.toList();
		List<String> tags = distinct(questions, Question::getTags);
		return new Deck(choices, guide, topics, topic, tags,
				tag == null ? null : tags.stream().filter(tag::equalsIgnoreCase).findFirst().orElse(tag),
				distinct(questions, q -> q.getDifficulty() == null ? List.<Integer>of() : List.of(q.getDifficulty())),
				difficulty, cards);
	}

	private static boolean matches(Question question, String tag, Integer difficulty) {
		return (tag == null || question.hasTag(tag))
				&& (difficulty == null || difficulty.equals(question.getDifficulty()));
	}

	private int firstHolding(List<GuideCatalogue.Served> guides, Predicate<Question> wanted) {
		for (int i = 0; i < guides.size(); i++) {
			if (this.questions.findWithTopicsByVersion(guides.get(i).version()).stream().anyMatch(wanted)) {
				return i;
			}
		}
		return 0;
	}

	private static <T extends Comparable<T>> List<T> distinct(List<Question> questions,
			Function<Question, List<T>> values) {
		return questions.stream().flatMap(q -> values.apply(q).stream()).distinct().sorted().toList();
	}

	/**
	 * The questions of a shared set, in the order given.
	 *
	 * @param missing keys of questions no longer in the bank (or mistyped)
	 * @param dropped keys beyond {@link #MAX_SET_SIZE}, left out
	 */
	record QuestionSet(List<Card> cards, int missing, int dropped) {
	}

	QuestionSet set(String ids) {
		List<String> all = parseIds(ids);
		List<String> keys = all.subList(0, Math.min(all.size(), MAX_SET_SIZE));
		if (keys.isEmpty()) {
			return new QuestionSet(List.of(), 0, 0);
		}
		Map<String, Question> found = this.questions.findByStableKeysInVersions(keys, this.guides.versionIds())
			.stream()
			.collect(Collectors.toMap(Question::getStableKey, Function.identity()));
		List<Card> cards = new ArrayList<>();
		keys.stream().filter(found::containsKey).forEach(key -> cards.add(Card.of(found.get(key))));
		return new QuestionSet(cards, keys.size() - cards.size(), all.size() - keys.size());
	}

	/** The distinct stable keys of a link, in its order; anything that cannot be a key counts as missing. */
	static List<String> parseIds(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		return List.copyOf(Arrays.stream(ids.split(","))
			.map(String::strip)
			.filter(key -> !key.isEmpty())
			.map(key -> key.length() <= 36 ? key : key.substring(0, 36))
			.collect(Collectors.toCollection(LinkedHashSet::new)));
	}


	private static int indexOf(List<GuideCatalogue.Served> guides, String slug) {
		for (int i = 0; i < guides.size(); i++) {
			if (guides.get(i).guide().getSlug().equals(slug)) {
				return i;
			}
		}
		throw new NotFoundException("No guide “" + slug + "”");
	}

}
