package com.interviewbank.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;

/**
 * "Related questions" as more-like-this over the whole text: each question's title and answer
 * become a vector of its words weighted by how rare they are in the bank (tf-idf), and the
 * questions nearest by cosine come back, those of the same topic first. A word every other answer
 * holds weighs almost nothing, so no single common word ("algorithms") can choose them. The
 * vectors are built once per set of versions served, in memory: a few hundred kilobytes of text.
 * Their words also tell a search what a word it matched with typos was meant to be.
 */
@Component
class RelatedQuestions {

	/** A title word counts as much as this many words of the answer. */
	private static final int TITLE_WEIGHT = 3;

	/** Below this similarity two questions share too little to be called related. */
	private static final double MIN_SIMILARITY = 0.05;

	private final QuestionRepository questions;

	private volatile Vectors vectors = new Vectors(List.of(), Map.of(), Map.of());

	RelatedQuestions(QuestionRepository questions) {
		this.questions = questions;
	}

	/** One question as a unit vector of weighted words. */
	private record Doc(long id, long topicId, boolean prompt, Map<String, Double> weights) {

		double cosine(Doc other) {
			Map<String, Double> small = this.weights.size() <= other.weights.size() ? this.weights : other.weights;
			Map<String, Double> large = small == this.weights ? other.weights : this.weights;
			double dot = 0;
			for (Map.Entry<String, Double> word : small.entrySet()) {
				Double weight = large.get(word.getKey());
				if (weight != null) {
					dot += word.getValue() * weight;
				}
			}
			return dot;
		}

	}

	/** @param words every word of the titles and answers, with how many questions hold it */
	private record Vectors(List<Long> versions, Map<Long, Doc> docs, Map<String, Integer> words) {
	}

	/** The ids of the questions (not prompts) most like this one, its own topic's first. */
	List<Long> of(long questionId, List<Long> versions, int limit) {
		Map<Long, Doc> docs = vectorsOf(versions);
		Doc doc = docs.get(questionId);
		if (doc == null) {
			return List.of();
		}
		record Scored(Doc doc, double similarity) {
		}
		return docs.values()
			.stream()
			.filter(other -> other.id() != questionId && !other.prompt())
			.map(other -> new Scored(other, doc.cosine(other)))
			// The same topic is a relation of its own; elsewhere, too little in common is none.
			.filter(scored -> scored.doc().topicId() == doc.topicId() || scored.similarity() >= MIN_SIMILARITY)
			.sorted(Comparator.comparing((Scored scored) -> scored.doc().topicId() != doc.topicId())
				.thenComparing(Scored::similarity, Comparator.reverseOrder()))
			.limit(limit)
			.map(scored -> scored.doc().id())
			.toList();
	}

	/**
	 * Every word of the titles and answers served, with how many questions hold it: what a word
	 * matched with typos was most likely meant to be.
	 */
	Map<String, Integer> words(List<Long> versions) {
		return current(versions).words();
	}

	private Map<Long, Doc> vectorsOf(List<Long> versions) {
		return current(versions).docs();
	}

	private Vectors current(List<Long> versions) {
		Vectors current = this.vectors;
		if (!current.versions().equals(versions)) {
			current = build(List.copyOf(versions), this.questions.findWithTopicsInVersions(versions));
			this.vectors = current;
		}
		return current;
	}

	private static Vectors build(List<Long> versions, List<Question> all) {
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Question question : all) {
			Map<String, Integer> words = new HashMap<>();
			for (int i = 0; i < TITLE_WEIGHT; i++) {
				count(question.getTitle(), words);
			}
			count(Jsoup.parse(question.getAnswerHtml() == null ? "" : question.getAnswerHtml()).text(), words);
			counts.put(question.getId(), words);
			words.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
		}
		Map<Long, Doc> docs = new HashMap<>();
		for (Question question : all) {
			Map<String, Double> weights = new HashMap<>();
			double norm = 0;
			for (Map.Entry<String, Integer> word : counts.get(question.getId()).entrySet()) {
				double idf = Math.log((double) all.size() / documentFrequency.get(word.getKey()));
				double weight = (1 + Math.log(word.getValue())) * idf;
				if (weight > 0) {
					weights.put(word.getKey(), weight);
					norm += weight * weight;
				}
			}
			double length = Math.sqrt(norm);
			weights.replaceAll((word, weight) -> weight / length);
			docs.put(question.getId(),
					new Doc(question.getId(), question.getTopic().getId(), question.isPrompt(), weights));
		}
		return new Vectors(versions, docs, documentFrequency);
	}

	private static void count(String text, Map<String, Integer> words) {
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
			if (word.length() > 2 && !word.chars().allMatch(Character::isDigit)) {
				words.merge(word, 1, Integer::sum);
			}
		}
	}

}
