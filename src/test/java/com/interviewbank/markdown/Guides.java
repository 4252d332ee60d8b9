package com.interviewbank.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The guides the tests read: the seed as shipped in {@code content/} and the corpora of other
 * authors in test resources.
 */
final class Guides {

	static final Path SEED = Path.of("content/python-senior-lead-questions.md");

	static final Path CORPORA = Path.of("src/test/resources/corpora");

	static final String YAKIMKA = "yakimka__python_interview_questions__questions.md";

	static final String LYDIAHALLIE = "lydiahallie__javascript-questions__README.md";

	static final String H5BP = "h5bp__Front-end-Developer-Interview-Questions__src__questions__javascript-questions.md";

	static final String REACTJS = "sudheerj__reactjs-interview-questions__README.md";

	/** Chinese, Apache-2.0: the Redis questions of JavaGuide. */
	static final String JAVAGUIDE_REDIS = "Snailclimb__JavaGuide__docs__database__redis__redis-questions-01.md";

	static final GuideParser PARSER = new GuideParser();

	private Guides() {
	}

	static byte[] bytes(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(Path path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	static ParsedGuide seed() {
		return PARSER.parse(SEED.getFileName().toString(), bytes(SEED));
	}

	static ParsedGuide corpus(String name) {
		return PARSER.parse(name, bytes(CORPORA.resolve(name)));
	}

	static ParsedGuide markdown(String markdown) {
		return PARSER.parse("test.md", markdown.getBytes(StandardCharsets.UTF_8));
	}

	static List<Path> all() {
		return Stream.concat(Stream.of(SEED), Stream.of(YAKIMKA, LYDIAHALLIE, H5BP, REACTJS).map(CORPORA::resolve))
			.toList();
	}

	static Stream<ParsedQuestion> questions(ParsedGuide guide) {
		return guide.topics().stream().flatMap(topic -> topic.questions().stream());
	}

}
