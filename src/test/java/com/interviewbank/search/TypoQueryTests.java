package com.interviewbank.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A typo query finds and scores what Lucene's fuzzy query does, with automata built once. */
class TypoQueryTests {

	private static final List<String> TEXTS = List.of("decorator decorators decorate", "decoration and decor",
			"garbage collection collections collector", "colection of typos", "metaclass metaclasses meta class",
			"multiprocessing multiprocess processing", "ørsted façade naïve", "decorator", "collect collected");

	private static ByteBuffersDirectory directory;

	private static DirectoryReader reader;

	@BeforeAll
	static void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String text : TEXTS) {
				Document document = new Document();
				document.add(new TextField("prose", text, Field.Store.NO));
				writer.addDocument(document);
				// A segment per document: the automata serve every segment of one search.
				writer.commit();
			}
		}
		reader = DirectoryReader.open(directory);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		directory.close();
	}

	@ParameterizedTest(name = "[{index}] {0}~{1}")
	@CsvSource({ "decoratr,1", "decoratr,2", "colection,2", "colection,1", "metaclas,1", "multiprocesing,2",
			"façde,1", "naive,1", "collect,2", "decor,1" })
	void shouldMatchAndScoreAsAFuzzyQuery(String word, int edits) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		TypoAutomata automata = new TypoAutomata();
		TopDocs fuzzy = searcher.search(new FuzzyQuery(new Term("prose", word), edits, 1), 20);
		TopDocs typo = searcher.search(new TypoQuery(new Term("prose", word), edits, 1, automata), 20);
		assertThat(typo.totalHits.value).isEqualTo(fuzzy.totalHits.value);
		assertThat(docsAndScores(typo)).isEqualTo(docsAndScores(fuzzy));
		assertThat(fuzzy.scoreDocs).as("the case should find something").isNotEmpty();
	}

	@Test
	void shouldBuildAWordsAutomataOnce() {
		TypoAutomata automata = new TypoAutomata();
		assertThat(automata.of("colection", 2, 1)).isSameAs(automata.of("colection", 2, 1))
			.isNotSameAs(automata.of("colection", 1, 1));
		assertThat(automata.of("colection", 2, 1).maxEdits()).isEqualTo(2);
		assertThat(automata.of("façde", 1, 1).wordLength()).isEqualTo(5);
		assertThat(automata.of("colection", 2, 1).weight()).isGreaterThan(automata.of("colection", 1, 1).weight())
			.isGreaterThan(10_000);
	}

	@Test
	void shouldNotEqualTheFuzzyQueryItStandsFor() {
		Query typo = new TypoQuery(new Term("prose", "decoratr"), 1, 1, new TypoAutomata());
		assertThat(typo).isNotEqualTo(new FuzzyQuery(new Term("prose", "decoratr"), 1, 1))
			.isEqualTo(new TypoQuery(new Term("prose", "decoratr"), 1, 1, new TypoAutomata()));
	}

	private static List<String> docsAndScores(TopDocs docs) {
		return java.util.Arrays.stream(docs.scoreDocs).map(TypoQueryTests::docAndScore).toList();
	}

	private static String docAndScore(ScoreDoc hit) {
		return hit.doc + ":" + hit.score;
	}

}
