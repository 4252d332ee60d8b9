package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers of a guide on GitHub see, the bank shows too: emoji, math, task lists, alerts and
 * footnotes; MDX imports and components are dropped with a warning instead of shown as text.
 */
class GitHubRenderingTests {

	private static ParsedGuide parse(String markdown) {
		return Guides.PARSER.parse("guide.md", markdown.getBytes(StandardCharsets.UTF_8));
	}

	private static String answer(String body) {
		return parse("# Guide\n\n## What?\n\n" + body + "\n").topics().get(0).questions().get(0).answerHtml();
	}

	@Test
	void shouldShowEmojiShortcodesAsTheCharactersWithNoImage() {
		assertThat(answer("Agreed :+1: :diamond_shape_with_a_dot_inside: :not_an_emoji_code:"))
			.isEqualTo("<p>Agreed 👍 💠 :not_an_emoji_code:</p>\n");
	}

	@Test
	void shouldKeepShortcodesInTitlesAndAnchorsAsBefore() {
		ParsedQuestion question = parse("# Guide\n\n## :star: Stars\n\nText.\n").topics().get(0).questions().get(0);
		assertThat(question.title()).isEqualTo(":star: Stars");
		assertThat(question.slug()).isEqualTo("star-stars");
		assertThat(question.titleHtml()).isEqualTo("⭐ Stars");
	}

	@Test
	void shouldKeepInlineAndDisplayMathAsTexForTheBrowser() {
		assertThat(answer("Inline $a_1 * b_2 < c$ and $`x^2`$, display $$\\frac{1}{2}$$"))
			.isEqualTo("<p>Inline <span class=\"math math-inline\">a_1 * b_2 &lt; c</span> and "
					+ "<span class=\"math math-inline\">x^2</span>, display <span class=\"math math-display\">\\frac{1}{2}</span></p>\n");
	}

	@Test
	void shouldLeavePricesAndEscapedDollarsAsText() {
		assertThat(answer("It costs $5 and $10, or \\$3.")).isEqualTo("<p>It costs $5 and $10, or $3.</p>\n");
		assertThat(answer("Escaped \\$x$ stays text.")).isEqualTo("<p>Escaped $x$ stays text.</p>\n");
	}

	@Test
	void shouldTurnMathFencesAndGitHubMathImagesIntoMath() {
		assertThat(answer("```math\n\\sqrt{2}\n```\n\n![x](https://render.githubusercontent.com/render/math?math=x%5E2%2By)"))
			.isEqualTo("<div class=\"math math-display\">\\sqrt{2}</div>\n<p><span class=\"math math-inline\">x^2+y</span></p>\n");
	}

	@Test
	void shouldRenderTaskListsAsDisabledCheckboxes() {
		assertThat(answer("- [x] done\n- [ ] to do")).contains("<input type=\"checkbox\" checked disabled>")
			.contains("<input type=\"checkbox\" disabled>");
	}

	@Test
	void shouldRenderEachAlertKindAsATitledCallout() {
		for (String kind : new String[] { "NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION" }) {
			String title = kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
			assertThat(answer("> [!" + kind + "]\n> Mind *this*.")).isEqualTo("<div class=\"markdown-alert markdown-alert-"
					+ kind.toLowerCase(java.util.Locale.ROOT) + "\"><p class=\"markdown-alert-title\">" + title
					+ "</p>\n<p>Mind <em>this</em>.</p>\n</div>\n");
		}
		assertThat(answer("> [!NOTE] is how alerts start.")).startsWith("<div class=\"markdown-alert markdown-alert-note\">");
		assertThat(answer("> A plain quote.")).isEqualTo("<blockquote>\n<p>A plain quote.</p>\n</blockquote>\n");
	}

	@Test
	void shouldRenderFootnotesDefinedAtTheEndOfTheGuideWithTheQuestionThatCitesThem() {
		ParsedGuide guide = parse("# Guide\n\n## First\n\nCited[^note].\n\n## Second\n\nNo note.\n\n[^note]: The note.\n");
		String first = guide.topics().get(0).questions().get(0).answerHtml();
		assertThat(first).contains("<sup id=\"fnref-1\"><a href=\"#fn-1\" class=\"footnote-ref\">1</a></sup>")
			.contains("<li id=\"fn-1\">")
			.contains("<a href=\"#fnref-1\" class=\"footnote-backref\">");
		assertThat(guide.topics().get(0).questions().get(1).answerHtml()).doesNotContain("footnote");
	}

	@Test
	void shouldDropMdxImportsAndComponentTagsWithAWarning() {
		ParsedGuide guide = parse("""
				import Tabs from '@theme/Tabs';
				import TabItem from '@theme/TabItem';

				# Guide

				## What?

				<Tabs>
				<TabItem value="js" label="JavaScript">

				Kept text.

				</TabItem>
				</Tabs>

				```jsx
				import React from 'react';
				<App />
				```
				""");
		String html = guide.topics().get(0).questions().get(0).answerHtml();
		assertThat(html).contains("<p>Kept text.</p>").contains("import React from 'react';\n&lt;App /&gt;")
			.doesNotContain("Tabs")
			.doesNotContain("TabItem");
		assertThat(guide.topics().get(0).introHtml()).doesNotContain("import");
		assertThat(guide.warnings()).extracting(ParseWarning::line).containsExactly(1, 8);
		assertThat(guide.warnings().get(1).message()).contains("Tabs, TabItem");
	}

	@Test
	void shouldAllowNoClassOrIdBeyondWhatTheseNeed() {
		assertThat(answer("<div class=\"markdown-alert evil\" id=\"main\"><span class=\"math x\">t</span></div>\n\n<sup id=\"nav\">1</sup>"))
			.isEqualTo("<div class=\"markdown-alert\"><span class=\"math\">t</span></div>\n<p><sup>1</sup></p>\n");
	}

}
