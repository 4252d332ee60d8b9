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

	/** Questions in {@code <details>} blocks under level headings. */
	static final String TRIMSTRAY = "trimstray__test-your-sysadmin-skills__README.md";

	/** Files that are one question each. */
	static final String THIRTY_SECONDS_ARIA = "30-seconds__30-seconds-of-interviews__questions__accessibility-aria.md";

	static final String THIRTY_SECONDS_VAR = "30-seconds__30-seconds-of-interviews__questions__var-let-const.md";

	/** {@code Question:} paragraphs with code and no answer. */
	static final String H5BP_CODING = "h5bp__Front-end-Developer-Interview-Questions__src__questions__coding-questions.md";

	static final String H5BP_GENERAL = "h5bp__Front-end-Developer-Interview-Questions__src__questions__general-questions.md";

	/** Bold {@code **Q: ...?**} paragraphs, answers up to the next one. */
	static final String TYRRRZ_ASYNC = "Tyrrrz__interview-questions__CSharp__Async-await.md";

	static final String TYRRRZ_ISOLATION = "Tyrrrz__interview-questions__SQL__Transaction-isolation-level.md";

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
		return Stream.concat(Stream.of(SEED),
				Stream.of(YAKIMKA, LYDIAHALLIE, H5BP, REACTJS, JAVAGUIDE_REDIS, TRIMSTRAY, THIRTY_SECONDS_ARIA,
						THIRTY_SECONDS_VAR, H5BP_CODING, H5BP_GENERAL, TYRRRZ_ASYNC, TYRRRZ_ISOLATION)
					.map(CORPORA::resolve))
			.toList();
	}

	static Stream<ParsedQuestion> questions(ParsedGuide guide) {
		return guide.topics().stream().flatMap(topic -> topic.questions().stream());
	}

}
