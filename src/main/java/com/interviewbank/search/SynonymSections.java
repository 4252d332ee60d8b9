package com.interviewbank.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;

/**
 * Lucene's reader of the synonym list for one language's query analyser: the {@code format} of
 * its {@code synonymGraph} filter names one of the classes below, which keep the lines of
 * {@link SynonymFile} for that language and hand them to the Solr parser. Lucene makes them by
 * reflection, with this constructor.
 */
public abstract class SynonymSections extends SolrSynonymParser {

	private final String language;

	SynonymSections(boolean dedup, boolean expand, Analyzer analyzer, String language) {
		super(dedup, expand, analyzer);
		this.language = language;
	}

	@Override
	public void parse(Reader in) throws IOException, ParseException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			text.append(buffer, 0, read);
		}
		super.parse(new StringReader(String.join("\n", SynonymFile.groupsFor(this.language, text.toString()))));
	}

	/** The lines for every language and those under {@code [en]}. */
	public static final class English extends SynonymSections {

		public English(boolean dedup, boolean expand, Analyzer analyzer) {
			super(dedup, expand, analyzer, AnalysedLanguage.ENGLISH.code());
		}

	}

	/** The lines for every language and those under {@code [zh]}. */
	public static final class Chinese extends SynonymSections {

		public Chinese(boolean dedup, boolean expand, Analyzer analyzer) {
			super(dedup, expand, analyzer, AnalysedLanguage.CHINESE.code());
		}

	}

	/** The lines for every language and those under {@code [ru]}. */
	public static final class Russian extends SynonymSections {

		public Russian(boolean dedup, boolean expand, Analyzer analyzer) {
			super(dedup, expand, analyzer, AnalysedLanguage.RUSSIAN.code());
		}

	}

	/** The lines for every language only: the standard fields hold guides of every language. */
	public static final class EveryLanguage extends SynonymSections {

		public EveryLanguage(boolean dedup, boolean expand, Analyzer analyzer) {
			super(dedup, expand, analyzer, SynonymFile.EVERY_LANGUAGE);
		}

	}

}
