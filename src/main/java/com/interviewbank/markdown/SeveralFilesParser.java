package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads a guide of several Markdown files (docs/ARCHITECTURE.md, "Guides of several files"): each file
 * with {@link GuideParser}, in the order the index's links give (files not linked after, in path
 * order), combined into one guide. Anchors that two files share are suffixed GitHub's way
 * ({@code -1}, {@code -2}) in the later file, so every heading keeps a home; links between files
 * are pointed at the heading they reach, and the index's own links to files are not questions.
 */
public final class SeveralFilesParser {

	private final GuideParser parser;

	private final ImageLimits imageLimits;

	private final MarkdownEngine engine = new MarkdownEngine();

	public SeveralFilesParser(GuideParser parser) {
		this(parser, ImageLimits.DEFAULT);
	}

	public SeveralFilesParser(GuideParser parser, ImageLimits imageLimits) {
		this.parser = parser;
		this.imageLimits = imageLimits;
	}

	/**
	 * @param guideName the guide's name (a folder, a zip or a source), for its title when it has no index
	 * @throws RejectedGuideException when the guide has no readable Markdown file, or a file is refused
	 * for a reason other than having no headings
	 */
	public ParsedFiles parse(String guideName, GuideFiles files, Outline requested) {
		return parse(guideName, files, requested, null, null);
	}

	/**
	 * @param previous the outline of the guide's active version, which is its first file's: kept for
	 * that file while its text fits it; or null
	 * @param sourceWebUrl the web address of the guide's folder, or null; a file's relative links
	 * resolve against it joined with the file's folder
	 */
	public ParsedFiles parse(String guideName, GuideFiles files, Outline requested, Outline previous,
			String sourceWebUrl) {
		if (files.markdownPaths().isEmpty()) {
			throw new RejectedGuideException(RejectionReason.EMPTY,
					"The guide holds no Markdown file (.md or .markdown), so it has no topics or questions.");
		}
		String index = files.indexPath();
		Map<String, Part> parts = new LinkedHashMap<>();
		List<ParseWarning> warnings = new ArrayList<>();
		Slugs slugs = new Slugs();
		GuideImages images = new GuideImages(files, this.imageLimits);
		List<String> order = order(files, index);
		for (String path : order) {
			ParsedGuide one = parseFile(files, path, requested, path.equals(order.get(0)) ? previous : null,
					sourceWebUrl, images, warnings);
			if (one == null) {
				continue;
			}
			if (path.equals(index)) {
				one = withoutLinksToFiles(one, files, path);
			}
			one = topicNamedByItsTitle(one);
			parts.put(path, new Part(path, one, slugs.claim(anchorsOf(one))));
		}
		if (parts.values().stream().allMatch(part -> part.topics().isEmpty())) {
			throw new RejectedGuideException(RejectionReason.NO_HEADINGS,
					"No file of the guide has a question: give each file a title (# Title) and each question a heading (## Question).");
		}
		return combine(guideName, index, parts, warnings, images.stored());
	}

	private ParsedGuide parseFile(GuideFiles files, String path, Outline requested, Outline previous,
			String sourceWebUrl, GuideImages images, List<ParseWarning> warnings) {
		try {
			return this.parser.parse(fileName(path), files.bytes(path), requested, previous,
					ImageSources.of(files, path, images),
					sourceWebUrl == null ? null : sourceWebUrl + path.substring(0, path.lastIndexOf('/') + 1),
					href -> isMarkdownFile(files, GuideFiles.resolve(path, href)));
		}
		catch (RejectedGuideException ex) {
			if (ex.problem() == RejectionReason.NO_HEADINGS || ex.problem() == RejectionReason.EMPTY) {
				warnings.add(new ParseWarning(1, path + ": " + ex.getMessage() + " The file was left out."));
				return null;
			}
			throw new RejectedGuideException(ex.problem(), path + ": " + ex.getMessage());
		}
	}

	private static boolean isMarkdownFile(GuideFiles files, String path) {
		return path != null && GuideFiles.isMarkdown(path) && files.has(path);
	}

	/** The index first, then the files it links to in link order, then the others in path order. */
	List<String> order(GuideFiles files, String index) {
		Set<String> order = new LinkedHashSet<>();
		if (index != null) {
			order.add(index);
			for (Link link : linksToFiles(files, index)) {
				order.add(GuideFiles.resolve(index, link.getUrl().toString()));
			}
		}
		order.addAll(files.markdownPaths());
		return List.copyOf(order);
	}

	private List<Link> linksToFiles(GuideFiles files, String path) {
		List<Link> links = new ArrayList<>();
		for (Node node : this.engine.parse(new String(files.bytes(path), StandardCharsets.UTF_8)).getDescendants()) {
			if (node instanceof Link link) {
				String target = GuideFiles.resolve(path, link.getUrl().toString());
				if (isMarkdownFile(files, target)) {
					links.add(link);
				}
			}
		}
		return links;
	}

	/**
	 * The index's list items that only link to a file of the guide are its contents, not prompts.
	 * An index that links to files is the guide's front page: unless most of its items read as
	 * questions, only those that do are kept (its contents, contributors and licence are not).
	 */
	private ParsedGuide withoutLinksToFiles(ParsedGuide index, GuideFiles files, String path) {
		List<Link> links = linksToFiles(files, path);
		if (links.isEmpty()) {
			return index;
		}
		Set<String> linkTexts = new HashSet<>();
		links.forEach(link -> linkTexts.add(PlainText.of(link).strip()));
		List<ParsedQuestion> all = index.topics()
			.stream()
			.flatMap(topic -> topic.items().stream())
			.filter(item -> !contents(item, linkTexts))
			.toList();
		long asking = all.stream().filter(item -> PromptLists.readsAsQuestion(item.title())).count();
		boolean frontPage = asking * 2 < all.size();
		List<ParsedTopic> topics = new ArrayList<>();
		for (ParsedTopic topic : index.topics()) {
			List<ParsedQuestion> items = topic.items()
				.stream()
				.filter(item -> !contents(item, linkTexts))
				.filter(item -> !frontPage || PromptLists.readsAsQuestion(item.title()))
				.toList();
			if (!items.isEmpty()) {
				topics.add(new ParsedTopic(topic.slug(), topic.title(), topic.introMarkdown(), topic.introHtml(),
						topic.anchors(), items));
			}
		}
		return Combined.withTopics(index, topics);
	}

	/** A prompt that is a link to a file, or a question whose answer is nothing but such links. */
	private static boolean contents(ParsedQuestion item, Set<String> linkTexts) {
		if (item.kind() == QuestionKind.PROMPT) {
			return linkTexts.contains(item.title().strip());
		}
		String rest = org.jsoup.Jsoup.parseBodyFragment(item.answerHtml()).text();
		for (String text : linkTexts) {
			rest = rest.replace(text, "");
		}
		return rest.codePoints().noneMatch(Character::isLetterOrDigit);
	}

	/**
	 * A file that is one topic under its title (# Title, then questions) has the title's anchor
	 * free in a guide of several files, as the title is the guide's: the topic takes it
	 * ({@code releases}, not {@code releases-1}).
	 */
	private static ParsedGuide topicNamedByItsTitle(ParsedGuide file) {
		if (file.topics().size() != 1) {
			return file;
		}
		String titleAnchor = GitHubSlugger.slug(file.title());
		ParsedTopic topic = file.topics().get(0);
		if (!topic.slug().equals(titleAnchor + "-1") || anchorsOf(file).contains(titleAnchor)) {
			return file;
		}
		return Combined.withTopics(file, AnchorRenames.apply(file.topics(), Map.of(topic.slug(), titleAnchor)));
	}

	private static Set<String> anchorsOf(ParsedGuide guide) {
		Set<String> anchors = new LinkedHashSet<>();
		for (ParsedTopic topic : guide.topics()) {
			anchors.add(topic.slug());
			anchors.addAll(topic.anchors());
			for (ParsedQuestion question : topic.items()) {
				anchors.add(question.slug());
				anchors.addAll(question.anchors());
				question.subsections().forEach(subsection -> anchors.add(subsection.anchor()));
			}
		}
		return anchors;
	}

	private ParsedFiles combine(String guideName, String index, Map<String, Part> parts, List<ParseWarning> warnings,
			List<GuideImage> images) {
		FileLinks targets = new FileLinks(parts);
		List<ParsedTopic> topics = new ArrayList<>();
		Map<String, String> questionFiles = new HashMap<>();
		StringBuilder source = new StringBuilder();
		StringBuilder repaired = new StringBuilder();
		List<LineRole> roles = new ArrayList<>();
		List<String> tableOfContents = new ArrayList<>();
		Map<RepairKind, Integer> repairs = new EnumMap<>(RepairKind.class);
		List<RepairChoice> choices = new ArrayList<>();
		for (Part part : parts.values()) {
			for (ParsedTopic topic : part.topics()) {
				topics.add(targets.pointLinks(part, topic));
				topic.items().forEach(item -> questionFiles.put(part.renamed(item.slug()), part.path()));
			}
			ParsedGuide one = part.parsed();
			source.append(FileMarker.line(part.path())).append(one.sourceMarkdown()).append('\n');
			repaired.append(FileMarker.line(part.path())).append(one.repairedMarkdown()).append('\n');
			roles.add(LineRole.FRONT_MATTER);
			roles.addAll(one.lineRoles());
			one.tableOfContentsAnchors().forEach(anchor -> tableOfContents.add(part.renamed(anchor)));
			one.repairs().forEach((kind, count) -> repairs.merge(kind, count, Integer::sum));
			choices.addAll(one.repairChoices());
			one.warnings().forEach(w -> warnings.add(new ParseWarning(w.line(), part.path() + ": " + w.message())));
		}
		Part first = index != null && parts.containsKey(index) ? parts.get(index) : parts.values().iterator().next();
		String title = index != null && parts.containsKey(index) ? first.parsed().title()
				: GuideMetadata.titleFromFileName(guideName);
		ParsedGuide guide = new ParsedGuide(GuideMetadata.slugOfFileName(guideName), title, first.parsed().language(),
				source.toString(), repaired.toString(), first.parsed().outline(), topics, tableOfContents, roles,
				repairs, warnings, choices);
		return new ParsedFiles(guide, questionFiles, List.copyOf(parts.keySet()), images);
	}

	private static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** One file, its anchors renamed where an earlier file had them. */
	record Part(String path, ParsedGuide parsed, Map<String, String> renames, List<ParsedTopic> topics) {

		Part(String path, ParsedGuide parsed, Map<String, String> renames) {
			this(path, parsed, renames, AnchorRenames.apply(parsed.topics(), renames));
		}

		String renamed(String anchor) {
			return this.renames.getOrDefault(anchor, anchor);
		}

	}

	/** The anchors the guide has handed out so far; a later file's duplicate gets the next free suffix. */
	static final class Slugs {

		private final Set<String> used = new HashSet<>();

		Map<String, String> claim(Set<String> anchors) {
			Map<String, String> renames = new HashMap<>();
			for (String anchor : anchors) {
				if (this.used.add(anchor)) {
					continue;
				}
				int suffix = 1;
				String candidate = anchor + "-" + suffix;
				while (this.used.contains(candidate) || anchors.contains(candidate)) {
					candidate = anchor + "-" + ++suffix;
				}
				this.used.add(candidate);
				renames.put(anchor, candidate);
			}
			return renames;
		}

	}

	/** The line that marks where a file starts in the combined source. */
	static final class FileMarker {

		private FileMarker() {
		}

		static String line(String path) {
			return "<!-- file: " + path.replace("--", "- -") + " -->\n";
		}

	}

}
