package com.interviewbank.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of a guide outside its table of contents lands in exactly one topic intro or
 * answer (or is a heading, the title or front matter): none lost, none doubled.
 */
// CPU-bound and sharing nothing: beside the other classes, on the other core (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the other core")
class NothingLostTests {

	@ParameterizedTest
	@MethodSource("com.interviewbank.markdown.Guides#all")
	void shouldGiveEveryLineExactlyOneRole(Path path) {
		ParsedGuide guide = Guides.PARSER.parse(path.getFileName().toString(), Guides.bytes(path));
		String[] lines = guide.repairedMarkdown().split("\n", -1);
		assertThat(guide.lineRoles()).hasSize(lines.length).doesNotContainNull();
	}

	@ParameterizedTest
	@MethodSource("com.interviewbank.markdown.Guides#all")
	void shouldLandEveryTextLineInExactlyOneIntroOrAnswer(Path path) {
		ParsedGuide guide = Guides.PARSER.parse(path.getFileName().toString(), Guides.bytes(path));
		String[] lines = guide.repairedMarkdown().split("\n", -1);
		Map<String, Integer> expected = new HashMap<>();
		for (int i = 0; i < lines.length; i++) {
			LineRole role = guide.lineRoles().get(i);
			if ((role == LineRole.TOPIC_INTRO || role == LineRole.ANSWER) && !lines[i].isBlank()) {
				expected.merge(lines[i].strip(), 1, Integer::sum);
			}
		}
		Map<String, Integer> landed = new HashMap<>();
		sectionMarkdown(guide).flatMap(String::lines)
			.filter(line -> !line.isBlank())
			.forEach(line -> landed.merge(line.strip(), 1, Integer::sum));
		assertThat(landed).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("com.interviewbank.markdown.Guides#all")
	void shouldGiveEveryHeadingLineToItsTopicOrQuestion(Path path) {
		ParsedGuide guide = Guides.PARSER.parse(path.getFileName().toString(), Guides.bytes(path));
		long topicHeadings = guide.topics().stream().filter(topic -> !topic.title().equals(guide.title())).count();
		List<Integer> questionLines = new ArrayList<>();
		Guides.questions(guide).forEach(q -> questionLines.add(q.firstLine()));
		assertThat(questionLines).allSatisfy(
				line -> assertThat(guide.lineRoles().get(line)).isEqualTo(LineRole.QUESTION_HEADING));
		assertThat(guide.lineRoles().stream().filter(role -> role == LineRole.TOPIC_HEADING).count())
			.isGreaterThanOrEqualTo(topicHeadings);
	}

	/**
	 * Intros, answers, and the text of prompts written as list items or {@code Q:} lines, which own their
	 * lines; a prompt of a list kept as text (on the line of the section listing it) only repeats them.
	 */
	private static Stream<String> sectionMarkdown(ParsedGuide guide) {
		return guide.topics().stream().flatMap(topic -> {
			Map<Integer, Long> perLine = topic.items()
				.stream()
				.collect(java.util.stream.Collectors.groupingBy(ParsedQuestion::firstLine,
						java.util.stream.Collectors.counting()));
			return Stream.concat(Stream.of(topic.introMarkdown()),
					topic.items()
						.stream()
						.filter(item -> item.kind() == QuestionKind.QUESTION || perLine.get(item.firstLine()) == 1
								&& guide.lineRoles().get(item.firstLine()) == LineRole.QUESTION_HEADING)
						.map(ParsedQuestion::answerMarkdown));
		});
	}

}
