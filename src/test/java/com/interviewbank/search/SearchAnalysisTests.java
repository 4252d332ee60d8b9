package com.interviewbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.beans.factory.annotation.Autowired;

import com.interviewbank.support.SeedBankTest;

/** {@link AnalysisCases} on the analysers of the running Lucene backend. */
@SeedBankTest
class SearchAnalysisTests extends AnalysisCases {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Override
	List<String> tokens(String analyzerName, String text) {
		Analyzer analyzer = backend().analyzer(analyzerName)
			.orElseThrow(() -> new AssertionError("No analyzer " + analyzerName));
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@Override
	String normalized(String normalizerName, String text) {
		Analyzer normalizer = backend().normalizer(normalizerName)
			.orElseThrow(() -> new AssertionError("No normalizer " + normalizerName));
		return normalizer.normalize("field", text).utf8ToString();
	}

	private LuceneBackend backend() {
		return Search.mapping(this.entityManagerFactory).backend().unwrap(LuceneBackend.class);
	}

}
