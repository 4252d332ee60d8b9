package com.interviewbank.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each Russian word occurs in a permissively licensed Russian text. The shipped list,
 * {@code russian-words.tsv} beside this class, is {@link #countIn counted} from an MIT-licensed
 * interview guide (see {@code LICENSES.md} there); a test checks it still matches its source.
 * {@code russian-terms.txt} adds programming and mathematics words that guide happens not to use.
 */
final class RussianWords {

	static final String RESOURCE = "russian-words.tsv";

	static final String TERMS = "russian-terms.txt";

	private static final Pattern WORD = Pattern.compile("[а-яё]+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private RussianWords() {
	}

	/** Lower-case words of a text and how often each occurs, in alphabetical order. */
	static Map<String, Integer> countIn(String text) {
		Map<String, Integer> counts = new TreeMap<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			counts.merge(words.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
		}
		return counts;
	}

	static String toTsv(Map<String, Integer> counts) {
		StringBuilder tsv = new StringBuilder();
		counts.forEach((word, count) -> tsv.append(word).append('\t').append(count).append('\n'));
		return tsv.toString();
	}

	static Map<String, Integer> shipped() {
		Map<String, Integer> counts = new TreeMap<>();
		for (String line : lines(RESOURCE)) {
			int tab = line.indexOf('\t');
			counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
		}
		return counts;
	}

	/** The glossary's words, each once; lines starting with {@code #} are comments. */
	static Set<String> terms() {
		Set<String> terms = new TreeSet<>();
		for (String line : lines(TERMS)) {
			if (!line.startsWith("#")) {
				terms.addAll(Arrays.asList(line.trim().split("\\s+")));
			}
		}
		terms.remove("");
		return terms;
	}

	/** What the letter model learns from: the shipped counts, each glossary term counted once more. */
	static Map<String, Integer> withTerms() {
		Map<String, Integer> counts = shipped();
		terms().forEach(term -> counts.merge(term, 1, Integer::sum));
		return counts;
	}

	private static List<String> lines(String resource) {
		try (InputStream in = RussianWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
