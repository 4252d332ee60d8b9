package com.interviewbank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.springframework.stereotype.Component;

import com.interviewbank.guide.Question;

/**
 * Which words of a query the index holds as typed, read from Lucene's term dictionary in one pass
 * over one index reader: the words it does not hold are the ones matched with typos. (A count
 * query per word did the same at the cost of a search each.) A word counts as held when a field's
 * query analysis of it gives a term that a live document of that field holds (all its terms, for a
 * word of a language written without spaces), as the query of {@link QueryPredicates} would match
 * it; the versions are not looked at, since the index holds only the versions served and those
 * an import is writing.
 *
 * <p>
 * Only the Lucene backend opens its term dictionary: with Elasticsearch, {@link #unknown} says it
 * cannot tell, and the search counts matches per word as before.
 */
@Component
class IndexTerms {

	private final EntityManagerFactory entityManagers;

	private final LuceneAnalysers analysers;

	IndexTerms(EntityManagerFactory entityManagers, LuceneAnalysers analysers) {
		this.entityManagers = entityManagers;
		this.analysers = analysers;
	}

	/** A group of fields that share a query analyser. */
	private record Fields(String analyzer, List<String> names) {
	}

	/**
	 * The words of these that no document holds as typed; empty when the backend cannot tell.
	 */
	Optional<Set<String>> unknown(Collection<String> words, Set<AnalysedLanguage> languages) {
		if (!this.analysers.available()) {
			return Optional.empty();
		}
		SearchMapping mapping = Search.mapping(this.entityManagers);
		List<Fields> fields = fieldsOf(languages);
		Set<String> unknown = new HashSet<>();
		try (IndexReader reader = mapping.scope(Question.class).extension(LuceneExtension.get()).openIndexReader()) {
			for (String word : words) {
				if (!held(reader, this.analysers, fields, word)) {
					unknown.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(unknown);
	}

	private static List<Fields> fieldsOf(Set<AnalysedLanguage> languages) {
		List<Fields> fields = new ArrayList<>();
		for (AnalysedLanguage language : languages) {
			fields.add(new Fields(language.queryAnalyzer(),
					List.of(language.titleField(), language.headingsField(), language.proseField())));
		}
		fields.add(new Fields(Analysis.STANDARD_QUERY, List.of(IndexFields.TITLE_STD, IndexFields.HEADINGS_STD,
				IndexFields.PROSE_STD, IndexFields.TOPIC_TITLE)));
		fields.add(new Fields(Analysis.CODE, List.of(IndexFields.TITLE_CODE, IndexFields.CODE)));
		return fields;
	}

	private static boolean held(IndexReader reader, LuceneAnalysers analysers, List<Fields> fields, String word)
			throws IOException {
		boolean whole = SearchQuery.writtenWithoutSpaces(word);
		for (Fields group : fields) {
			Analyzer analyzer = analysers.named(group.analyzer());
			for (String field : group.names()) {
				List<String> terms = AnalysedToken.terms(analyzer, field, word);
				if (!terms.isEmpty() && (whole ? terms.stream().allMatch(term -> live(reader, field, term))
						: terms.stream().anyMatch(term -> live(reader, field, term)))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a document not deleted holds this term in this field. */
	private static boolean live(IndexReader reader, String field, String term) {
		try {
			BytesRef bytes = new BytesRef(term);
			for (LeafReaderContext leaf : reader.leaves()) {
				Terms terms = leaf.reader().terms(field);
				if (terms == null) {
					continue;
				}
				TermsEnum dictionary = terms.iterator();
				if (!dictionary.seekExact(bytes)) {
					continue;
				}
				Bits liveDocs = leaf.reader().getLiveDocs();
				PostingsEnum postings = dictionary.postings(null, PostingsEnum.NONE);
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					if (liveDocs == null || liveDocs.get(doc)) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
