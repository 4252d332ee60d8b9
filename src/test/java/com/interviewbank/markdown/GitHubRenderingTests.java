package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubRenderingTests {

	private final GuideParser parser = new GuideParser();

	private ParsedGuide parse(String markdown) {
		return this.parser.parse("guide.md", markdown.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void debug() {
		ParsedGuide g = parse("# Guide\n\n## :star: First {#one}\n\nSee[^1] and [two](#two) and [x](#nope) and [f](docs/a.md).\n\n## Second\n\n<a name=\"two\"></a>Text\n\n<h3>Html head</h3>\n\n[back](#guide)\n\n[^1]: The note.\n");
		g.topics().forEach(t -> { System.out.println(t.slug() + " " + t.anchors() + "\n" + t.introHtml()); t.items().forEach(q -> System.out.println(q.slug() + " | " + q.title() + " | " + q.anchors() + "\n" + q.answerHtml())); });
		System.out.println(g.warnings());
	}

}
