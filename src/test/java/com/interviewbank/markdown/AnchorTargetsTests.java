package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links reach every anchor a reader of the guide on GitHub could reach: headings, {@code <a name>},
 * {@code <a id>}, {@code {#id}} and HTML headings; other relative links go to the guide's source
 * address or, without one, are text with a warning.
 */
class AnchorTargetsTests {

	private static ParsedGuide parse(String markdown, String sourceWebUrl) {
		return Guides.PARSER.parse("guide.md", markdown.getBytes(StandardCharsets.UTF_8), Outline.DETECT, null,
				path -> false, sourceWebUrl);
	}

	private static final String GUIDE = """
			# Guide

			## First {#custom-first}

			See [named](#named), [id](#by-id), [html](#html-heading), [custom](#custom-first),
			[setext](#setext-question) and [top](#guide).

			## Second

			Text <a name="named"></a>here and <a id="by-id">there</a>.

			<h3>HTML heading</h3>

			Setext question
			---------------

			Answer.
			""";

	@Test
	void shouldResolveNamedIdCustomAndHtmlHeadingAnchorsLikeHeadings() {
		ParsedGuide guide = parse(GUIDE, null);
		List<ParsedQuestion> questions = guide.topics().get(0).questions();
		assertThat(questions).extracting(ParsedQuestion::slug).containsExactly("first", "second", "setext-question");
		assertThat(questions.get(0).title()).isEqualTo("First");
		assertThat(questions.get(0).anchors()).containsExactly("custom-first");
		assertThat(questions.get(1).anchors()).containsExactly("named", "by-id", "html-heading");
		String first = questions.get(0).answerHtml();
		assertThat(first).startsWith("<span id=\"custom-first\"></span>")
			.contains("<a href=\"#named\" data-anchor=\"named\">named</a>")
			.contains("<a href=\"#by-id\" data-anchor=\"by-id\">id</a>")
			.contains("<a href=\"#html-heading\" data-anchor=\"html-heading\">html</a>")
			.contains("<a href=\"#custom-first\" data-anchor=\"custom-first\">custom</a>")
			.contains("<a href=\"#setext-question\" data-anchor=\"setext-question\">setext</a>")
			.contains("<a href=\"#guide\" data-guide-page=\"\">top</a>");
		assertThat(questions.get(1).answerHtml()).contains("<a id=\"named\"></a>")
			.contains("<a id=\"by-id\">there</a>")
			.contains("<h3 id=\"html-heading\">HTML heading");
		assertThat(guide.warnings()).isEmpty();
	}

	@Test
	void shouldShowALinkToNoAnchorAsTextWithAWarning() {
		ParsedGuide guide = parse("# Guide\n\n## Q\n\nSee [gone](#gone) and [ok](#q).\n", null);
		assertThat(guide.topics().get(0).questions().get(0).answerHtml())
			.isEqualTo("<p>See gone and <a href=\"#q\" data-anchor=\"q\">ok</a>.</p>\n");
		assertThat(guide.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.line()).isEqualTo(5);
			assertThat(warning.message()).contains("«#gone»");
		});
	}

	@Test
	void shouldSendRelativeLinksToTheSourceAddress() {
		String guide = "# Guide\n\n## Q\n\n[a](docs/a.md#part) [b](/LICENSE) [c](../other/c.md) [d](my file.md)\n";
		String html = parse(guide, "https://github.com/o/r/blob/main/guides/").topics().get(0).questions().get(0).answerHtml();
		assertThat(html).contains("<a href=\"https://github.com/o/r/blob/main/guides/docs/a.md#part\" rel=\"nofollow noopener\">a</a>")
			.contains("<a href=\"https://github.com/o/r/blob/main/guides/LICENSE\" rel=\"nofollow noopener\">b</a>")
			.contains("<a href=\"https://github.com/o/r/blob/main/other/c.md\" rel=\"nofollow noopener\">c</a>");
		assertThat(parse(guide, "https://github.com/o/r/blob/main/").warnings()).isEmpty();
	}

	@Test
	void shouldShowRelativeLinksAsTextWithAWarningWithoutASourceAddress() {
		ParsedGuide guide = parse("# Guide\n\n## Q\n\n[license](LICENSE.md)\n", null);
		assertThat(guide.topics().get(0).questions().get(0).answerHtml()).isEqualTo("<p>license</p>\n");
		assertThat(guide.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.line()).isEqualTo(5);
			assertThat(warning.message()).contains("«LICENSE.md»").contains("source address");
		});
	}

	@Test
	void shouldResolveTheLinksOfTheH5bpReadmeToItsNamedAnchors() {
		ParsedGuide guide = Guides.corpus("h5bp__Front-end-Developer-Interview-Questions__README-2015-01-20.md");
		List<String> anchors = guide.topics()
			.stream()
			.flatMap(topic -> java.util.stream.Stream.concat(topic.anchors().stream(),
					topic.items().stream().flatMap(q -> q.anchors().stream())))
			.toList();
		assertThat(anchors).contains("general", "html", "css", "js", "jquery", "jscode", "fun", "contributors");
		String html = guide.topics().stream().map(ParsedTopic::introHtml).reduce("", String::concat)
				+ guide.topics().stream().flatMap(t -> t.items().stream()).map(ParsedQuestion::answerHtml).reduce("", String::concat);
		assertThat(html).contains("<a id=\"general\">").contains("data-guide-page=\"\">[⬆]</a>");
		assertThat(guide.warnings()).noneMatch(warning -> warning.message().startsWith("Link"));
	}

}
