package com.interviewbank.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The synonym list ({@link Analysis#SYNONYMS}), read per language. It is the Solr synonym format
 * (one group per line, comma-separated, {@code #} comments) with sections: the lines before the
 * first section header are for every language; a header such as {@code [ru]} starts lines for one
 * language (its guides' query analyser), until the next header; {@code [*]} goes back to every
 * language.
 */
final class SynonymFile {

	/** For the analysers of languages without a section of their own: the lines for every language. */
	static final String EVERY_LANGUAGE = "*";

	private static final Pattern SECTION = Pattern.compile("\\[([a-z]{2,3}|\\*)\\]");

	private SynonymFile() {
	}

	/** The synonym groups for one language's queries (the shared ones and its own), comments left out. */
	static List<String> groupsFor(String language) {
		return groupsFor(language, read());
	}

	static List<String> groupsFor(String language, String text) {
		List<String> groups = new ArrayList<>();
		String section = EVERY_LANGUAGE;
		for (String raw : text.lines().toList()) {
			String line = raw.strip();
			Matcher header = SECTION.matcher(line);
			if (header.matches()) {
				section = header.group(1);
			}
			else if (!line.isEmpty() && !line.startsWith("#")
					&& (section.equals(EVERY_LANGUAGE) || section.equals(language))) {
				groups.add(line);
			}
		}
		return groups;
	}

	private static String read() {
		try (InputStream in = SynonymFile.class.getClassLoader().getResourceAsStream(Analysis.SYNONYMS)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + Analysis.SYNONYMS);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
