package com.interviewbank.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each Russian word occurs in a permissively licensed Russian text. The shipped list,
 * {@code russian-words.tsv} beside this class, is {@link #countIn counted} from an MIT-licensed
 * interview guide (see {@code LICENSES.md} there); a test checks it still matches its source.
 */
final class RussianWords {

	static final String RESOURCE = "russian-words.tsv";

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
		try (InputStream in = RussianWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			Map<String, Integer> counts = new TreeMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int tab = line.indexOf('\t');
				counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
			}
			return counts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
