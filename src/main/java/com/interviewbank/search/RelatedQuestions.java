package com.interviewbank.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.interviewbank.guide.ServedVersionsChanged;
import com.interviewbank.markdown.QuestionKind;
import com.interviewbank.system.DaemonThreads;

/**
 * "Related questions" as more-like-this over the whole text: each question's title and answer
 * become a vector of its words weighted by how rare they are in the bank (tf-idf), and the
 * questions nearest by cosine come back, those of the same topic first. A word every other answer
 * holds weighs almost nothing, so no single common word ("algorithms") can choose them. The
 * vectors are built once per set of versions served, in memory: a few hundred kilobytes of text,
 * and for a bank of 20,000 questions a few seconds of work, so they are built in the background as
 * soon as a node serves other versions, not by the first reader of a question page. Their words
 * also tell a search what a word it matched with typos was meant to be. They keep what a page shows
 * of a related question (its title and where it is), so that a question page reads none of them
 * from the database: on a bank of 20,000 questions that read was a third of a page's first
 * rendering after an import.
 */
@Component
class RelatedQuestions {

	/** A title word counts as much as this many words of the answer. */
	private static final int TITLE_WEIGHT = 3;

	/** Below this similarity two questions share too little to be called related. */
	private static final double MIN_SIMILARITY = 0.05;

	private static final Logger log = LoggerFactory.getLogger(RelatedQuestions.class);

	/**
	 * Plain SQL rather than entities: a build reads every question served, and loading them as
	 * entities cost more than the build itself (and would count among a request's entity loads).
	 */
	private static final String TEXTS = """
			select id, version_id, topic_id, kind, slug, title, title_html, answer_html from question
			where version_id in (:versions) order by id""";

	private final JdbcClient jdbc;

	private final ExecutorService warmUps = Executors.newSingleThreadExecutor(DaemonThreads.named("related-questions-"));

	/** The versions served last announced and not yet prepared, or null. */
	private final AtomicReference<List<Long>> toPrepare = new AtomicReference<>();

	private volatile Vectors vectors;

	RelatedQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Builds the new versions' vectors off the request thread, on every node. Changes that come
	 * faster than a build (imports in a row) are prepared once, for the latest versions only.
	 */
	@EventListener
	void servedVersionsChanged(ServedVersionsChanged event) {
		if (this.toPrepare.getAndSet(event.versions()) == null) {
			this.warmUps.execute(this::prepareLatest);
		}
	}

	private void prepareLatest() {
		List<Long> versions = this.toPrepare.getAndSet(null);
		try {
			current(versions);
		}
		catch (RuntimeException ex) {
			log.warn("Could not prepare the related questions ahead ({}); the first question page will", ex.toString());
		}
	}

	@PreDestroy
	void stopWarmingUp() {
		this.warmUps.shutdownNow();
	}

	/**
	 * The questions served as unit vectors of weighted words, stored by word (postings), so that a
	 * question is compared only with those that share a word with it: a page of a 10,000-question
	 * topic no longer computes 20,000 cosines over word maps.
	 * @param words every word of the titles and answers, with how many questions hold it
	 */
	private record Vectors(Set<Long> versions, Shown[] shown, long[] topicIds, boolean[] prompts,
			Map<Long, Integer> indexOf, int[][] docWords, float[][] docWeights, int[][] postingDocs,
			float[][] postingWeights, Vocabulary words) {
	}

	/** One candidate: its index in {@link Vectors} and how like the question it is. */
	private record Scored(int doc, boolean sameTopic, double similarity) {
	}

	/** Same topic first, then the most similar, then the lower id (for a stable order). */
	private static final Comparator<Scored> BEST_FIRST = Comparator.comparing(Scored::sameTopic, Comparator.reverseOrder())
		.thenComparing(Scored::similarity, Comparator.reverseOrder())
		.thenComparingInt(Scored::doc);

	/**
	 * A related question as a page shows it; the page finds its guide by its version.
	 */
	record Shown(long id, long versionId, String slug, String title, String titleHtml) {
	}

	/** The questions (not prompts) most like this one, its own topic's first. */
	List<Shown> of(long questionId, List<Long> versions, int limit) {
		Vectors vectors = current(versions);
		Integer self = vectors.indexOf().get(questionId);
		if (self == null || limit <= 0) {
			return List.of();
		}
		double[] similarity = new double[vectors.shown().length];
		int[] words = vectors.docWords()[self];
		float[] weights = vectors.docWeights()[self];
		for (int w = 0; w < words.length; w++) {
			int[] docs = vectors.postingDocs()[words[w]];
			float[] docWeights = vectors.postingWeights()[words[w]];
			for (int i = 0; i < docs.length; i++) {
				similarity[docs[i]] += (double) weights[w] * docWeights[i];
			}
		}
		long topic = vectors.topicIds()[self];
		// The worst of the best `limit` on top, so that each better candidate replaces it.
		PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
		for (int doc = 0; doc < similarity.length; doc++) {
			boolean sameTopic = vectors.topicIds()[doc] == topic;
			// The same topic is a relation of its own; elsewhere, too little in common is none.
			if (doc == self || vectors.prompts()[doc] || !sameTopic && similarity[doc] < MIN_SIMILARITY) {
				continue;
			}
			best.add(new Scored(doc, sameTopic, similarity[doc]));
			if (best.size() > limit) {
				best.poll();
			}
		}
		return best.stream().sorted(BEST_FIRST).map(scored -> vectors.shown()[scored.doc()]).toList();
	}

	/**
	 * Every word of the titles and answers served, with how many questions hold it: what a word
	 * matched with typos was most likely meant to be.
	 */
	Vocabulary words(List<Long> versions) {
		return current(versions).words();
	}

	/** Whether the vectors of these versions are built already. */
	boolean preparedFor(List<Long> versions) {
		Vectors current = this.vectors;
		return current != null && current.versions().equals(Set.copyOf(versions));
	}

	private Vectors current(List<Long> versions) {
		Set<Long> wanted = Set.copyOf(versions);
		Vectors current = this.vectors;
		return current != null && current.versions().equals(wanted) ? current : built(wanted);
	}

	/** One build at a time: a reader who asks while the background build runs waits for it. */
	private synchronized Vectors built(Set<Long> versions) {
		Vectors current = this.vectors;
		if (current == null || !current.versions().equals(versions)) {
			current = build(versions, texts(versions));
			this.vectors = current;
		}
		return current;
	}

	/** What a build reads of a question. */
	private record Text(Shown shown, long topicId, boolean prompt, String answerHtml) {

		String title() {
			return this.shown.title();
		}

	}

	private List<Text> texts(Set<Long> versions) {
		if (versions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(TEXTS)
			.param("versions", versions)
			.query((row, number) -> new Text(
					new Shown(row.getLong("id"), row.getLong("version_id"), row.getString("slug"), row.getString("title"),
							row.getString("title_html")),
					row.getLong("topic_id"), QuestionKind.PROMPT.name().equals(row.getString("kind")),
					row.getString("answer_html")))
			.list();
	}

	private static Vectors build(Set<Long> versions, List<Text> all) {
		List<Map<String, Integer>> counts = new ArrayList<>(all.size());
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Text question : all) {
			Map<String, Integer> words = new HashMap<>();
			for (int i = 0; i < TITLE_WEIGHT; i++) {
				count(question.title(), words);
			}
			count(Jsoup.parse(question.answerHtml() == null ? "" : question.answerHtml()).text(), words);
			counts.add(words);
			words.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
		}
		Map<String, Integer> wordIndex = new HashMap<>();
		documentFrequency.keySet().forEach(word -> wordIndex.put(word, wordIndex.size()));
		int n = all.size();
		Shown[] shown = new Shown[n];
		long[] topicIds = new long[n];
		boolean[] prompts = new boolean[n];
		Map<Long, Integer> indexOf = new HashMap<>();
		int[][] docWords = new int[n][];
		float[][] docWeights = new float[n][];
		int[] postingSizes = new int[wordIndex.size()];
		for (int doc = 0; doc < n; doc++) {
			Text question = all.get(doc);
			shown[doc] = question.shown();
			topicIds[doc] = question.topicId();
			prompts[doc] = question.prompt();
			indexOf.put(question.shown().id(), doc);
			weigh(counts.get(doc), documentFrequency, wordIndex, n, doc, docWords, docWeights);
			for (int word : docWords[doc]) {
				postingSizes[word]++;
			}
		}
		int[][] postingDocs = new int[postingSizes.length][];
		float[][] postingWeights = new float[postingSizes.length][];
		for (int word = 0; word < postingSizes.length; word++) {
			postingDocs[word] = new int[postingSizes[word]];
			postingWeights[word] = new float[postingSizes[word]];
		}
		int[] filled = new int[postingSizes.length];
		for (int doc = 0; doc < n; doc++) {
			for (int w = 0; w < docWords[doc].length; w++) {
				int word = docWords[doc][w];
				postingDocs[word][filled[word]] = doc;
				postingWeights[word][filled[word]++] = docWeights[doc][w];
			}
		}
		return new Vectors(versions, shown, topicIds, prompts, indexOf, docWords, docWeights, postingDocs, postingWeights,
				new Vocabulary(documentFrequency));
	}

	/** One question's words weighted by tf-idf and scaled to a unit vector (words of no weight left out). */
	private static void weigh(Map<String, Integer> counts, Map<String, Integer> documentFrequency,
			Map<String, Integer> wordIndex, int documents, int doc, int[][] docWords, float[][] docWeights) {
		int[] words = new int[counts.size()];
		double[] weights = new double[counts.size()];
		int kept = 0;
		double norm = 0;
		for (Map.Entry<String, Integer> word : counts.entrySet()) {
			double idf = Math.log((double) documents / documentFrequency.get(word.getKey()));
			double weight = (1 + Math.log(word.getValue())) * idf;
			if (weight > 0) {
				words[kept] = wordIndex.get(word.getKey());
				weights[kept++] = weight;
				norm += weight * weight;
			}
		}
		double length = Math.sqrt(norm);
		docWords[doc] = Arrays.copyOf(words, kept);
		docWeights[doc] = new float[kept];
		for (int w = 0; w < kept; w++) {
			docWeights[doc][w] = (float) (weights[w] / length);
		}
	}

	private static void count(String text, Map<String, Integer> words) {
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
			if (word.length() > 2 && !word.chars().allMatch(Character::isDigit)) {
				words.merge(word, 1, Integer::sum);
			}
		}
	}

}
