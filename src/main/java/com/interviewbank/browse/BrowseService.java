package com.interviewbank.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideCatalogue;
import com.interviewbank.guide.GuideLinks;
import com.interviewbank.guide.GuideState;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.GuideVersionSourceRepository;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionHeading;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.ServedContent;
import com.interviewbank.guide.SlugAlias;
import com.interviewbank.guide.SlugAliasRepository;
import com.interviewbank.guide.Topic;
import com.interviewbank.guide.TopicHeading;
import com.interviewbank.guide.TopicRepository;
import com.interviewbank.markdown.QuestionKind;
import com.interviewbank.search.SearchService;
import com.interviewbank.system.NotFoundException;

/**
 * Reads the version of each guide this node serves ({@link ServedContent}: the active one, once
 * this node's search index holds it) into view records.
 */
@Service
@Transactional(readOnly = true)
class BrowseService {

	private static final int RELATED_QUESTIONS = 5;

	/** The most questions a guide's page lists (about 180 KB of links). */
	static final int LISTED_QUESTIONS = 1000;

	private final GuideCatalogue catalogue;

	private final TopicRepository topics;

	private final QuestionRepository questions;

	private final SearchService search;

	private final SlugAliasRepository aliases;

	private final ServedContent content;

	private final GuideVersionRepository versions;

	private final TopicWindow window;

	private final GuideOutlines outlines;

	private final GuideVersionSourceRepository sources;

	private final int questionsPerPage;

	private final int topicsPerPage;

	BrowseService(GuideCatalogue catalogue, TopicRepository topics, QuestionRepository questions, SearchService search,
			SlugAliasRepository aliases, ServedContent content, GuideVersionRepository versions, TopicWindow window,
			GuideOutlines outlines, GuideVersionSourceRepository sources,
			@Value("${bank.pages.questions-per-page:50}") int questionsPerPage,
			@Value("${bank.pages.topics-per-page:100}") int topicsPerPage) {
		this.window = window;
		this.outlines = outlines;
		this.sources = sources;
		this.questionsPerPage = questionsPerPage;
		this.topicsPerPage = topicsPerPage;
		this.content = content;
		this.versions = versions;
		this.aliases = aliases;
		this.catalogue = catalogue;
		this.topics = topics;
		this.questions = questions;
		this.search = search;
	}

	List<PageModels.GuideView> guides() {
		return this.catalogue.all().stream().map(GuideCatalogue.Served::guide).map(this::view).toList();
	}

	PageModels.GuideView guide(String slug) {
		return view(published(slug));
	}

	/** A topic for the read API: its intro and every one of its items, as headings (no answers). */
	PageModels.TopicPage topic(String guideSlug, String topicSlug) {
		Guide guide = published(guideSlug);
		GuideOutline outline = outline(served(guide));
		int index = topicIndex(guide, outline, topicSlug);
		TopicHeading topic = outline.get(index);
		return new PageModels.TopicPage(view(guide, outline), topic.slug(), topic.title(), intro(topic), List.of(), List.of(),
				this.questions.findHeadingsOfTopic(topic.id()), link(outline.previous(index)), link(outline.next(index)),
				Paging.of(topic.questionCount(), this.questionsPerPage, 1, "topic"));
	}

	/**
	 * One page of a topic: its intro on the first, then at most {@code questionsPerPage} questions;
	 * only those are read, by their numbers, however many the topic holds.
	 */
	PageModels.TopicPage topicPage(String guideSlug, String topicSlug, int pageNumber) {
		Guide guide = published(guideSlug);
		GuideVersion version = served(guide);
		GuideOutline outline = outline(version);
		int index = topicIndex(guide, outline, topicSlug);
		TopicHeading topic = outline.get(index);
		Paging paging = Paging.of(topic.questionCount(), this.questionsPerPage, pageNumber, "topic");
		TopicWindow.Page page = this.window.page(version, topic.id(), outline.firstOrdinal(index), paging);
		List<PageModels.TopicEntry> entries = page.entries()
			.entrySet()
			.stream()
			.map(entry -> new PageModels.TopicEntry(view(entry.getKey()), headingLinks(entry.getValue())))
			.toList();
		return new PageModels.TopicPage(view(guide, outline), topic.slug(), topic.title(),
				paging.first() ? intro(topic) : null, headingLinks(page.introPrompts()), entries, List.of(),
				link(outline.previous(index)), link(outline.next(index)), paging);
	}

	private int topicIndex(Guide guide, GuideOutline outline, String topicSlug) {
		int index = outline.indexOf(topicSlug);
		if (index < 0) {
			throw oldTopic(guide, topicSlug);
		}
		return index;
	}

	private String intro(TopicHeading topic) {
		return this.topics.introHtml(topic.id()).orElse(null);
	}

	/**
	 * One question, and only what its page shows of the rest: its topic's page of titles for the
	 * sidebar, the previous and next items by number, the prompts its answer lists (or, for a
	 * prompt, the question listing it); "N of M in this topic" is counted from numbers.
	 */
	PageModels.QuestionPage question(String guideSlug, String questionSlug) {
		Guide guide = published(guideSlug);
		GuideVersion version = served(guide);
		Question question = this.questions.findByVersionAndSlug(version, questionSlug)
			.orElseThrow(() -> oldQuestion(guide, questionSlug));
		GuideOutline outline = outline(version);
		int topicIndex = outline.indexOf(question.getTopic().getId());
		TopicHeading topic = outline.get(topicIndex);
		int firstAsked = outline.firstOrdinal(topicIndex);
		QuestionKind kind = question.getKind();
		int of = kind == QuestionKind.QUESTION ? version.getQuestionCount()
				: (int) this.questions.countByVersionAndKind(version, kind);
		Optional<Question> previous = neighbour(version, kind, question.getOrdinal() - 1);
		Optional<Question> next = neighbour(version, kind, question.getOrdinal() + 1);
		Question parent = null;
		int askedIndex = question.getOrdinal() - firstAsked;
		int position = askedIndex + 1;
		int inTopic = topic.questionCount();
		if (question.isPrompt()) {
			// Every item before a prompt that is not a prompt is a question: so many questions precede it.
			int parentOrdinal = question.getPosition() - question.getOrdinal();
			parent = parentOrdinal >= firstAsked ? neighbour(version, QuestionKind.QUESTION, parentOrdinal).orElse(null) : null;
			askedIndex = parent != null ? parentOrdinal - firstAsked : 0;
			position = question.getOrdinal() - this.questions.firstOrdinal(topic.id(), kind) + 1;
			inTopic = (int) this.questions.countOfKind(topic.id(), kind);
		}
		List<PageModels.QuestionLink> prompts = question.isPrompt() ? List.of()
				: headingLinks(this.window.promptsOf(question, next.orElse(null)));
		Paging topicPage = Paging.holding(askedIndex, topic.questionCount(), this.questionsPerPage);
		PageModels.TopicPlace place = new PageModels.TopicPlace(
				headingLinks(this.window.titles(version, firstAsked, topicPage)), position, inTopic,
				otherTopic(outline, previous, topic), otherTopic(outline, next, topic), topicPage);
		List<SearchService.Related> related = this.search.related(question.getId(), RELATED_QUESTIONS);
		return new PageModels.QuestionPage(view(guide, outline), link(topic), view(question), of, prompts,
				parent != null ? link(parent) : null, previous.map(BrowseService::link).orElse(null),
				next.map(BrowseService::link).orElse(null), related, place);
	}

	/**
	 * One page of a guide's topics ({@code bank.pages.topics-per-page}; all of them on one page for
	 * most guides), each with the questions of its first page, for the guide's page; a guide of more
	 * than {@link #LISTED_QUESTIONS} questions lists its topics only, or its page would grow past a
	 * megabyte. Titles only are read, never answers, and only those of the topics listed.
	 */
	PageModels.GuideContents contents(String guideSlug, int pageNumber) {
		GuideVersion version = served(published(guideSlug));
		GuideOutline outline = outline(version);
		Paging paging = Paging.of(outline.topics().size(), this.topicsPerPage, pageNumber, "guide");
		boolean listQuestions = version.getQuestionCount() <= LISTED_QUESTIONS && paging.to() > paging.from();
		int firstListed = listQuestions ? outline.firstOrdinal(paging.from()) : 0;
		List<QuestionHeading> asked = listQuestions ? this.questions.findHeadings(version, QuestionKind.QUESTION,
				firstListed, outline.firstOrdinal(paging.to() - 1) + outline.get(paging.to() - 1).questionCount() - 1)
				: List.of();
		List<PageModels.TopicContents> contents = new ArrayList<>();
		for (int i = paging.from(); i < paging.to(); i++) {
			TopicHeading topic = outline.get(i);
			int from = Math.min(asked.size(), outline.firstOrdinal(i) - firstListed);
			int listed = listQuestions ? Math.min(topic.questionCount(), this.questionsPerPage) : 0;
			contents.add(new PageModels.TopicContents(link(topic),
					headingLinks(asked.subList(from, Math.min(asked.size(), from + listed))),
					outline.prompts(i), topic.questionCount()));
		}
		return new PageModels.GuideContents(contents, paging);
	}

	/**
	 * The topics a topic or question page's sidebar lists: all of the guide's, or, for a guide of
	 * more than a page of them, the page of the guide's topics that holds this one (so that every
	 * page of a guide of thousands of topics is not hundreds of kilobytes of sidebar).
	 */
	PageModels.TopicList sidebarTopics(PageModels.GuideView guide, String topicSlug) {
		List<PageModels.TopicLink> all = guide.topics();
		int index = 0;
		while (index < all.size() && !all.get(index).slug().equals(topicSlug)) {
			index++;
		}
		Paging paging = Paging.holding(index, all.size(), this.topicsPerPage);
		return new PageModels.TopicList(paging.slice(all), paging);
	}

	private static PageModels.TopicLink otherTopic(GuideOutline outline, Optional<Question> neighbour, TopicHeading topic) {
		return neighbour.map(n -> n.getTopic().getId())
			.filter(id -> !id.equals(topic.id()))
			.map(id -> link(outline.get(outline.indexOf(id))))
			.orElse(null);
	}

	/** The path of the page that holds a heading anchor of the guide, encoded, with a fragment if needed. */
	String pageOfAnchor(String guideSlug, String anchor) {
		Guide guide = published(guideSlug);
		GuideVersion version = served(guide);
		Optional<Topic> topic = this.topics.findByVersionAndSlug(version, anchor);
		if (topic.isPresent()) {
			return GuideLinks.topic(guideSlug, anchor);
		}
		Optional<Question> question = this.questions.findByVersionAndSlug(version, anchor);
		if (question.isPresent()) {
			return GuideLinks.question(guideSlug, anchor);
		}
		Optional<Question> holder = this.questions.findByVersionAndAnchor(version, anchor).stream().findFirst();
		if (holder.isPresent()) {
			return GuideLinks.question(guideSlug, holder.get().getSlug()) + GuideLinks.fragment(anchor);
		}
		Optional<String> inIntro = this.topics.findByVersionAndAnchorsContaining(version, anchor)
			.map(t -> GuideLinks.topic(guideSlug, t.getSlug()) + GuideLinks.fragment(anchor));
		if (inIntro.isPresent()) {
			return inIntro.get();
		}
		RuntimeException old = oldQuestion(guide, anchor);
		if (old instanceof SlugMovedException moved) {
			return GuideLinks.underGuides(moved.path());
		}
		throw old instanceof SlugGoneException ? old : new NotFoundException("No heading “" + anchor + "” in " + guide.getTitle());
	}

	/** Why a question slug is not live: moved (301), removed (410) or never there (404). */
	private RuntimeException oldQuestion(Guide guide, String slug) {
		return this.aliases.findByGuideAndKindAndOldSlug(guide, SlugAlias.Kind.QUESTION, slug)
			.<RuntimeException>map(alias -> alias.getStableKey() == null ? new SlugGoneException(alias.getTitle())
					: this.questions.findByVersionAndStableKey(served(guide), alias.getStableKey())
						.<RuntimeException>map(q -> new SlugMovedException(guide.getSlug(), "questions", q.getSlug()))
						.orElseGet(() -> new SlugGoneException(alias.getTitle())))
			.orElseGet(() -> new NotFoundException("No question “" + slug + "” in " + guide.getTitle()));
	}

	private RuntimeException oldTopic(Guide guide, String slug) {
		return this.aliases.findByGuideAndKindAndOldSlug(guide, SlugAlias.Kind.TOPIC, slug)
			.<RuntimeException>map(alias -> new SlugGoneException(alias.getTitle()))
			.orElseGet(() -> new NotFoundException("No topic “" + slug + "” in " + guide.getTitle()));
	}

	String source(String guideSlug) {
		return this.sources.sourceOf(served(published(guideSlug)));
	}

	Optional<String> randomQuestionPath() {
		List<Guide> all = this.catalogue.all().stream().map(GuideCatalogue.Served::guide).toList();
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Guide guide = all.get(ThreadLocalRandom.current().nextInt(all.size()));
		GuideVersion version = served(guide);
		if (version.getQuestionCount() == 0) {
			return Optional.empty();
		}
		int ordinal = 1 + ThreadLocalRandom.current().nextInt(version.getQuestionCount());
		return this.questions.findByVersionAndKindAndOrdinal(version, QuestionKind.QUESTION, ordinal)
			.map(Question::pagePath);
	}

	private Guide published(String slug) {
		return this.catalogue.find(slug).map(GuideCatalogue.Served::guide).orElseThrow(() -> this.aliases.findGuideAlias(slug)
			.<RuntimeException>map(alias -> new GuideMovedException(alias.getGuide().getSlug()))
			.orElseGet(() -> new NotFoundException("No guide “" + slug + "”")));
	}

	private PageModels.GuideView view(Guide guide) {
		return view(guide, outline(served(guide)));
	}

	private GuideOutline outline(GuideVersion version) {
		return this.outlines.of(version);
	}

	/** The version of the guide this node serves, which may lag the database's by a poll. */
	private GuideVersion served(Guide guide) {
		return this.versions.getReferenceById(this.content.servedVersion(guide.getId())
			.orElseThrow(() -> new NotFoundException("No guide “" + guide.getSlug() + "”")));
	}

	private PageModels.GuideView view(Guide guide, GuideOutline outline) {
		GuideVersion version = served(guide);
		GuideState state = this.content.served(guide.getId()).orElseThrow();
		return new PageModels.GuideView(guide.getSlug(), state.title(), state.language(), guide.getAttribution(),
				version.getNumber(), guide.getUpdatedAt(), version.getQuestionCount(),
				outline.topics().stream().map(BrowseService::link).toList());
	}

	private static PageModels.TopicLink link(TopicHeading topic) {
		return topic == null ? null : new PageModels.TopicLink(topic.slug(), topic.title(), topic.questionCount());
	}

	private Optional<Question> neighbour(GuideVersion version, QuestionKind kind, int ordinal) {
		return this.questions.findByVersionAndKindAndOrdinal(version, kind, ordinal);
	}

	private static PageModels.QuestionLink link(Question question) {
		return new PageModels.QuestionLink(question.getSlug(), question.getTitle(), question.getTitleHtml());
	}

	private static List<PageModels.QuestionLink> headingLinks(List<QuestionHeading> headings) {
		return headings.stream().map(q -> new PageModels.QuestionLink(q.slug(), q.title(), q.titleHtml())).toList();
	}

	private static PageModels.QuestionView view(Question question) {
		return new PageModels.QuestionView(question.getStableKey(), question.getSlug(), question.getTitle(),
				question.getTitleHtml(), question.getKind().name(), question.getOrdinal(), question.getAnswerMarkdown(),
				question.getAnswerHtml(), question.getSubsections(), question.getTags(), question.getDifficulty());
	}

}
