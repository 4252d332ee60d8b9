package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.interviewbank.support.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images a guide of several files ships: told by their bytes, within the limits, served at
 * the URL their hash names; the others are warnings and their alt text.
 */
class GuideImagesTests {

	static final Path FOLDER = Path.of("src/test/resources/guides/with-images");

	private static final GuideFiles FILES = GuideFiles.of(Bundles.files(FOLDER, null), null);

	@Test
	void shouldStoreTheRealImagesAndPointTheAnswerAtTheirHashedUrl() throws Exception {
		ParsedFiles parsed = new SeveralFilesParser(new GuideParser()).parse("images-guide", FILES, Outline.DETECT);

		byte[] png = FILES.bytes("images/diagram.png");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
		assertThat(parsed.images()).extracting(GuideImage::path).containsExactly("images/diagram.png", "images/dot.gif");
		assertThat(parsed.images().get(0).sha256()).isEqualTo(sha256);
		assertThat(parsed.images().get(0).type()).isEqualTo(ImageType.PNG);
		assertThat(parsed.images().get(1).type()).isEqualTo(ImageType.GIF);
		assertThat(answer(parsed, "what-does-the-architecture-look-like"))
			.contains("<img src=\"/assets/" + sha256 + ".png\" alt=\"The request path\" loading=\"lazy\">")
			.contains("src=\"/assets/" + parsed.images().get(1).sha256() + ".gif\"");
	}

	@Test
	void shouldRefuseATextFileNamedPngAndAnSvgWithAWarningAndShowTheirAltText() {
		ParsedFiles parsed = new SeveralFilesParser(new GuideParser()).parse("images-guide", FILES, Outline.DETECT);

		assertThat(answer(parsed, "what-is-in-the-fake-picture")).doesNotContain("<img")
			.contains("<span class=\"missing-image\">A fake picture</span>");
		assertThat(answer(parsed, "what-does-the-logo-look-like")).doesNotContain("<img")
			.contains("<span class=\"missing-image\">The logo</span>");
		assertThat(messages(parsed)).anySatisfy(message -> assertThat(message).startsWith("diagrams.md: Image «images/fake.png» is not stored")
			.contains("not a PNG, JPEG, GIF or WebP"))
			.anySatisfy(message -> assertThat(message).startsWith("diagrams.md: Image «images/logo.svg» is not stored")
				.contains("SVG"));
		assertThat(parsed.guide().warnings()).filteredOn(w -> w.message().contains("fake.png"))
			.extracting(ParseWarning::line)
			.containsExactly(13);
	}

	@Test
	void shouldWarnOfAMissingImageWithItsFileAndLineAndShowItsAltText() {
		ParsedFiles parsed = new SeveralFilesParser(new GuideParser()).parse("images-guide", FILES, Outline.DETECT);

		assertThat(answer(parsed, "where-is-the-lost-diagram")).doesNotContain("<img")
			.contains("<span class=\"missing-image\">The lost diagram</span>");
		assertThat(parsed.guide().warnings()).filteredOn(w -> w.message().contains("missing.png"))
			.extracting(ParseWarning::line, ParseWarning::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(21,
					"diagrams.md: Image «images/missing.png» has no file next to the guide; readers see its alt text instead."));
	}

	@Test
	void shouldRefuseAnImageOverTheLimitPerImage() {
		ParsedFiles parsed = new SeveralFilesParser(new GuideParser(), new ImageLimits(50, 1000)).parse("images-guide",
				FILES, Outline.DETECT);

		assertThat(parsed.images()).extracting(GuideImage::path).containsExactly("images/dot.gif");
		assertThat(answer(parsed, "what-does-the-architecture-look-like"))
			.contains("<span class=\"missing-image\">The request path</span>");
		assertThat(messages(parsed)).anySatisfy(message -> assertThat(message)
			.contains("images/diagram.png» is not stored: it holds 72 bytes, over the limit of 50 bytes per image"));
	}

	@Test
	void shouldStopStoringImagesWhenTheGuidesBudgetIsSpent() {
		// diagram.png (72 bytes) fits, dot.gif (43 more) would pass 100
		ParsedFiles parsed = new SeveralFilesParser(new GuideParser(), new ImageLimits(1000, 100)).parse("images-guide",
				FILES, Outline.DETECT);

		assertThat(parsed.images()).extracting(GuideImage::path).containsExactly("images/diagram.png");
		assertThat(messages(parsed)).anySatisfy(message -> assertThat(message).contains("images/dot.gif» is not stored")
			.contains("per guide"));
	}

	@Test
	void shouldTellTheFormatsByTheirBytesNotTheirNames() {
		assertThat(ImageType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 })).contains(ImageType.JPEG);
		assertThat(ImageType.of(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(ImageType.WEBP);
		assertThat(ImageType.of(ascii("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
		assertThat(ImageType.of(ascii("GIF87a..."))).contains(ImageType.GIF);
		assertThat(ImageType.of(ascii("GIF8 not really"))).isEmpty();
		assertThat(ImageType.of(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
		assertThat(ImageType.of(new byte[0])).isEmpty();
	}

	@Test
	void shouldKeepAGuideOfOneFileAsItWas() {
		ParsedGuide one = new GuideParser().parse("one.md",
				"# One\n\n## Q?\n\n![pic](images/diagram.png)\n".getBytes(StandardCharsets.UTF_8), Outline.DETECT,
				path -> true);

		assertThat(one.topics().get(0).items().get(0).answerHtml()).contains("src=\"images/diagram.png\"");
	}

	private static String answer(ParsedFiles parsed, String slug) {
		return parsed.guide()
			.topics()
			.stream()
			.flatMap(topic -> topic.items().stream())
			.filter(q -> q.slug().equals(slug))
			.findFirst()
			.orElseThrow()
			.answerHtml();
	}

	private static List<String> messages(ParsedFiles parsed) {
		return parsed.guide().warnings().stream().map(ParseWarning::message).toList();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
