package com.interviewbank.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads a Markdown guide into topics and questions with sanitized HTML (docs/ARCHITECTURE.md, "Outline rules" and
 * "Import rules"). Build it once; it is thread-safe.
 */
public final class GuideParser {

	private final ParseLimits limits;

	private final MarkdownEngine engine = new MarkdownEngine();

	private final SectionRenderer renderer = new SectionRenderer(this.engine, new HtmlSanitizer());

	private final TextRepairer repairer = new TextRepairer();

	public GuideParser(ParseLimits limits) {
		this.limits = limits;
	}

	public GuideParser() {
		this(ParseLimits.DEFAULT);
	}

	/** The slug a guide with this file name gets. */
	public static String slugOf(String fileName) {
		return GuideMetadata.slugOfFileName(fileName);
	}

	/** Parses with the outline read from the document and no image files. */
	public ParsedGuide parse(String fileName, byte[] source) {
		return parse(fileName, source, Outline.DETECT, path -> false);
	}

	/**
	 * @param requested topic and question levels an admin chose, or {@link Outline#DETECT}
	 * @param imageExists whether a relative image path of the guide has a file
	 * @throws RejectedGuideException for a guide the bank cannot take, with the reason
	 */
	public ParsedGuide parse(String fileName, byte[] source, Outline requested, Predicate<String> imageExists) {
		return parse(fileName, source, requested, null, imageExists, null);
	}

	/**
	 * @param requested the form and levels an admin chose, or {@link Outline#DETECT}
	 * @param previous the outline of the guide's active version, kept while the new text fits it; or
	 * null
	 * @param imageExists whether a relative image path of the guide has a file
	 * @param sourceWebUrl the web address of the guide's folder that relative links resolve
	 * against (for example {@code https://github.com/o/r/blob/main/}), or null: then they are shown
	 * as text, with a warning
	 * @throws RejectedGuideException for a guide the bank cannot take, with the reason
	 */
	public ParsedGuide parse(String fileName, byte[] source, Outline requested, Outline previous,
			Predicate<String> imageExists, String sourceWebUrl) {
		return parse(fileName, source, requested, previous, ImageSources.keptAsWritten(imageExists), sourceWebUrl,
				href -> false);
	}

	/**
	 * Parses one file of a guide of several files.
	 * @param images the images of the guide as this file names them
	 * @param otherFile whether a relative link leads to another Markdown file of the guide: it is
	 * kept as written, for {@link SeveralFilesParser} to point at the page holding its target
	 */
	ParsedGuide parse(String fileName, byte[] source, Outline requested, Outline previous,
			ImageSources images, String sourceWebUrl, Predicate<String> otherFile) {
		String text = new SourceDecoder(this.limits).decode(source);
		new NestingGuard(this.limits.maxNestingDepth()).check(text);
		RepairReport repair = this.repairer.repair(text);
		try {
			return LargeStack.call(() -> read(fileName, text, repair, requested, previous, images, sourceWebUrl, otherFile));
		}
		catch (StackOverflowError ex) {
			// Even the large stack overflowed: refuse the guide rather than fail the request.
			throw new RejectedGuideException(RejectionReason.TOO_DEEPLY_NESTED,
					"Part of the guide is too deeply nested or too long on one line to be read; shorten it and try again.");
		}
	}

	private ParsedGuide read(String fileName, String source, RepairReport repair, Outline requested, Outline previous,
			ImageSources images, String sourceWebUrl, Predicate<String> otherFile) {
		MdxSyntax.Result mdx = MdxSyntax.strip(repair.text());
		String text = mdx.text();
		LineIndex lines = new LineIndex(text);
		Document document = this.engine.parse(text);
		List<SourceHeading> headings = new HeadingScanner().scan(document, lines);
		Map<String, List<String>> frontMatter = GuideMetadata.frontMatter(document);
		Set<Integer> tableOfContents = tableOfContentsSections(headings, lines);
		List<SourceHeading> structural = headings.stream()
			.filter(heading -> !heading.content() && !tableOfContents.contains(heading.firstLine()))
			.toList();
		List<SourceHeading> h1s = structural.stream().filter(heading -> heading.level() == 1).toList();
		SourceHeading onlyH1 = h1s.size() == 1 ? h1s.get(0) : null;
		// With several H1s the first is both the title and the first topic.
		String declaredTitle = !h1s.isEmpty() ? h1s.get(0).text() : GuideMetadata.declaredTitle(frontMatter, document);
		if (structural.isEmpty() && declaredTitle == null) {
			throw new RejectedGuideException(RejectionReason.NO_HEADINGS,
					"The guide has no headings, so it has no topics or questions. Give it a title (# Title) and each question a heading (## Question).");
		}
		String title = declaredTitle != null ? declaredTitle : GuideMetadata.titleFromFileName(fileName);
		List<SourceHeading> outlineCandidates = structural.stream().filter(heading -> heading != onlyH1).toList();
		Set<String> allAnchors = headings.stream().map(SourceHeading::anchor).collect(Collectors.toSet());
		Set<Integer> frontMatterLines = frontMatterLines(document, lines);
		List<TableOfContents.Block> linkBlocks = TableOfContents.linkBlocks(document, allAnchors, lines);
		Function<Outline, Sections> splitter = levels -> {
			boolean titleIsTopic = levels.topicLevel() == 1 || levels.questionLevel() == 1;
			GuidePreamble frame = new GuidePreamble(frontMatterLines, titleIsTopic ? null : onlyH1, tableOfContents);
			Sections split = new SectionSplitter().split(lines, structural, levels, frame);
			moveTableOfContentsOutOfIntros(split, linkBlocks);
			return split;
		};
		TextQuestionSplitter textQuestions = new TextQuestionSplitter(lines, new TextQuestions(lines).in(document),
				markdown -> !this.renderer.prompts(markdown).isEmpty());
		OutlineReader.Reading reading = new OutlineReader(lines, structural, outlineCandidates, h1s.size(), splitter,
				textQuestions, allAnchors)
			.read(requested, previous);
		Outline outline = reading.outline();
		Sections sections = reading.sections();
		if (declaredTitle == null && outline.form() == QuestionForm.FILE) {
			title = structural.get(0).text();
		}
		String references = referenceDefinitions(document);
		List<AnchorTargets.Target> otherAnchors = AnchorTargets.in(document, lines, allAnchors);
		AnchorPlacement placement = new AnchorPlacement(sections, otherAnchors);
		LinkTargets links = linkTargets(headings, otherAnchors, placement, sections.roles, sourceWebUrl, otherFile);
		List<ParseWarning> warnings = new ArrayList<>(reading.warnings());
		warnings.addAll(repair.undecided());
		warnings.addAll(mdx.warnings());
		warnings.addAll(new ImageCheck(images).missingImages(document, lines, sections.roles));
		warnings.addAll(new LinkCheck(links).deadLinks(document, lines, sections.roles));
		GuideAssembly assembly = new GuideAssembly(this.renderer.linking(links), lines, headings, references,
				images::url, outline);
		SourceHeading titleHeading = outline.topicLevel() == 1 || outline.questionLevel() == 1 ? null : onlyH1;
		// anchors first: placing them rebuilds each question, and the metadata is read into the result
		List<ParsedTopic> topics = new MetadataReader(this.engine, frontMatter,
				structural.stream().filter(heading -> heading != titleHeading).toList())
			.apply(placement.place(assembly.topics(sections, title, reading.takenSlugs())));
		List<LineRole> roles = List.of(sections.roles);
		return new ParsedGuide(GuideMetadata.slugOfFileName(fileName), title,
				GuideMetadata.language(frontMatter, text), source, text, outline, topics,
				tableOfContentsAnchors(document, lines, sections.roles), roles, repair.counts(), warnings,
				repair.choices());
	}

	/**
	 * Every anchor of the guide; those of its title and table of contents, which are not in the
	 * bank, lead to the guide page.
	 */
	private static LinkTargets linkTargets(List<SourceHeading> headings, List<AnchorTargets.Target> otherAnchors,
			AnchorPlacement placement, LineRole[] roles, String sourceWebUrl, Predicate<String> otherFile) {
		Set<String> anchors = new HashSet<>();
		Set<String> guidePage = new HashSet<>(placement.guidePageAnchors());
		for (SourceHeading heading : headings) {
			anchors.add(heading.anchor());
			LineRole role = roles[heading.firstLine()];
			if (role == LineRole.TITLE || role == LineRole.TABLE_OF_CONTENTS) {
				guidePage.add(heading.anchor());
			}
		}
		otherAnchors.forEach(target -> anchors.add(target.anchor()));
		return new LinkTargets(anchors, guidePage, sourceWebUrl, otherFile);
	}

	/** Lines of sections titled "Table of contents", up to the next heading of any level. */
	private static Set<Integer> tableOfContentsSections(List<SourceHeading> headings, LineIndex lines) {
		Set<Integer> result = new HashSet<>();
		List<SourceHeading> boundaries = headings.stream().filter(heading -> !heading.content()).toList();
		for (int i = 0; i < boundaries.size(); i++) {
			SourceHeading heading = boundaries.get(i);
			if (TableOfContents.isTitle(heading.text())) {
				int end = i + 1 < boundaries.size() ? boundaries.get(i + 1).firstLine() : lines.count();
				for (int line = heading.firstLine(); line < end; line++) {
					result.add(line);
				}
			}
		}
		return result;
	}

	private static void moveTableOfContentsOutOfIntros(Sections sections, List<TableOfContents.Block> blocks) {
		for (Sections.TopicSection topic : sections.topics) {
			topic.introLines.removeIf(line -> {
				boolean inBlock = blocks.stream().anyMatch(block -> block.contains(line));
				if (inBlock) {
					sections.roles[line] = LineRole.TABLE_OF_CONTENTS;
				}
				return inBlock;
			});
		}
	}

	private static Set<Integer> frontMatterLines(Document document, LineIndex lines) {
		Set<Integer> result = new HashSet<>();
		for (Node node : document.getChildren()) {
			if (node instanceof YamlFrontMatterBlock) {
				int last = lines.lineOf(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
				for (int line = lines.lineOf(node.getStartOffset()); line <= last; line++) {
					result.add(line);
				}
			}
		}
		return result;
	}

	private static String referenceDefinitions(Document document) {
		StringBuilder references = new StringBuilder();
		for (Node node : document.getDescendants()) {
			if (node instanceof Reference reference) {
				references.append(reference.getChars().toString().strip()).append('\n');
			}
			else if (node instanceof FootnoteBlock footnote) {
				// A footnote is usually defined at the end of the guide, far from the question citing it.
				references.append(footnote.getChars().toString().strip()).append("\n\n");
			}
		}
		return references.toString();
	}

	private static List<String> tableOfContentsAnchors(Document document, LineIndex lines, LineRole[] roles) {
		List<String> anchors = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Link link && link.getUrl().startsWith("#")
					&& roles[lines.lineOf(link.getStartOffset())] == LineRole.TABLE_OF_CONTENTS) {
				anchors.add(HtmlSanitizer.decodeAnchor(link.getUrl().toString().substring(1)));
			}
		}
		return anchors;
	}

}
