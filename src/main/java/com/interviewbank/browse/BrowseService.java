package com.interviewbank.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideCatalogue;
import com.interviewbank.guide.GuideLinks;
import com.interviewbank.guide.GuideState;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.ServedContent;
import com.interviewbank.guide.SlugAlias;
import com.interviewbank.guide.SlugAliasRepository;
import com.interviewbank.guide.Topic;
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

	private final int questionsPerPage;

	BrowseService(GuideCatalogue catalogue, TopicRepository topics, QuestionRepository questions, SearchService search,
			SlugAliasRepository aliases, ServedContent content, GuideVersionRepository versions,
			@Value("${bank.pages.questions-per-page:50}") int questionsPerPage) {
		this.questionsPerPage = questionsPerPage;
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

	/** A topic's first page, with every one of its items (for the API). */
	PageModels.TopicPage topic(String guideSlug, String topicSlug) {
		return topic(guideSlug, topicSlug, 1, true);
	}

	/**
	 * One page of a topic: its intro on the first, then at most {@code questionsPerPage} questions;
	 * only those are read into views, however many the topic holds.
	 */
	PageModels.TopicPage topicPage(String guideSlug, String topicSlug, int pageNumber) {
		return topic(guideSlug, topicSlug, pageNumber, false);
	}

	private PageModels.TopicPage topic(String guideSlug, String topicSlug, int pageNumber, boolean withItems) {
		Guide guide = published(guideSlug);
		GuideVersion version = served(guide);
		List<Topic> all = this.topics.findByVersionOrderByPosition(version);
		Topic topic = all.stream()
			.filter(t -> t.getSlug().equals(topicSlug))
			.findFirst()
			.orElseThrow(() -> oldTopic(guide, topicSlug));
		int index = all.indexOf(topic);
		TopicSections items = new TopicSections(this.questions.findByTopicOrderByPosition(topic));
		List<Question> asked = items.questions();
		TopicPaging paging = TopicPaging.of(asked.size(), this.questionsPerPage, pageNumber);
		List<PageModels.TopicEntry> entries = paging.slice(asked)
			.stream()
			.map(q -> new PageModels.TopicEntry(view(q), links(items.promptsOf(q))))
			.toList();
		return new PageModels.TopicPage(view(guide, all), topic.getSlug(), topic.getTitle(),
				paging.first() ? topic.getIntroHtml() : null, paging.first() ? links(items.introPrompts()) : List.of(),
				entries, withItems ? items.all().stream().map(BrowseService::view).toList() : List.of(),
				index > 0 ? link(all.get(index - 1)) : null, index + 1 < all.size() ? link(all.get(index + 1)) : null,
				paging);
	}

	PageModels.QuestionPage question(String guideSlug, String questionSlug) {
		Guide guide = published(guideSlug);
		GuideVersion version = served(guide);
		Question question = this.questions.findByVersionAndSlug(version, questionSlug)
			.orElseThrow(() -> oldQuestion(guide, questionSlug));
		PageModels.QuestionView view = view(question);
		List<SearchService.Related> related = this.search.related(question.getId(), RELATED_QUESTIONS);
		QuestionKind kind = question.getKind();
		int of = kind == QuestionKind.QUESTION ? version.getQuestionCount()
				: (int) this.questions.countByVersionAndKind(version, kind);
		TopicSections items = new TopicSections(this.questions.findByTopicOrderByPosition(question.getTopic()));
		List<PageModels.QuestionLink> prompts = question.isPrompt() ? List.of() : links(items.promptsOf(question));
		Question parent = question.isPrompt() ? items.parentOf(question) : null;
		Optional<Question> previous = neighbour(version, kind, question.getOrdinal() - 1);
		Optional<Question> next = neighbour(version, kind, question.getOrdinal() + 1);
		List<Question> sameKind = items.all().stream().filter(item -> item.getKind() == kind).toList();
		List<Question> asked = items.questions();
		TopicPaging topicPage = TopicPaging.holding(asked.indexOf(parent != null ? parent : question), asked.size(),
				this.questionsPerPage);
		PageModels.TopicPlace place = new PageModels.TopicPlace(links(topicPage.slice(asked)), sameKind.indexOf(question) + 1,
				sameKind.size(), otherTopic(previous, question), otherTopic(next, question), topicPage);
		return new PageModels.QuestionPage(view(guide, this.topics.findByVersionOrderByPosition(version)),
				link(question.getTopic()), view, of, prompts, parent != null ? link(parent) : null,
				previous.map(BrowseService::link).orElse(null), next.map(BrowseService::link).orElse(null), related,
				place);
	}

	/**
	 * The topics of a guide, each with the questions of its first page, for the guide's page; a guide
	 * of more than {@link #LISTED_QUESTIONS} questions lists its topics only, or its page would grow
	 * past a megabyte.
	 */
	List<PageModels.TopicContents> contents(String guideSlug) {
		GuideVersion version = served(published(guideSlug));
		boolean listQuestions = version.getQuestionCount() <= LISTED_QUESTIONS;
		Map<String, List<Question>> byTopic = this.questions.findWithTopicsByVersion(version)
			.stream()
			.collect(Collectors.groupingBy(q -> q.getTopic().getSlug(), LinkedHashMap::new, Collectors.toList()));
		return this.topics.findByVersionOrderByPosition(version).stream().map(topic -> {
			List<Question> items = byTopic.getOrDefault(topic.getSlug(), List.of());
			List<Question> asked = items.stream().filter(q -> !q.isPrompt()).toList();
			List<Question> listed = listQuestions ? TopicPaging.of(asked.size(), this.questionsPerPage, 1).slice(asked) : List.of();
			return new PageModels.TopicContents(link(topic), links(listed),
					items.size() - asked.size(), asked.size());
		}).toList();
	}

	private static PageModels.TopicLink otherTopic(Optional<Question> neighbour, Question question) {
		return neighbour.filter(n -> !n.getTopic().getSlug().equals(question.getTopic().getSlug()))
			.map(n -> link(n.getTopic()))
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
		return served(published(guideSlug)).getSourceMarkdown();
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
		return view(guide, this.topics.findByVersionOrderByPosition(served(guide)));
	}

	/** The version of the guide this node serves, which may lag the database's by a poll. */
	private GuideVersion served(Guide guide) {
		return this.versions.getReferenceById(this.content.servedVersion(guide.getId())
			.orElseThrow(() -> new NotFoundException("No guide “" + guide.getSlug() + "”")));
	}

	private PageModels.GuideView view(Guide guide, List<Topic> topics) {
		GuideVersion version = served(guide);
		GuideState state = this.content.served(guide.getId()).orElseThrow();
		return new PageModels.GuideView(guide.getSlug(), state.title(), state.language(), guide.getAttribution(),
				version.getNumber(), guide.getUpdatedAt(), version.getQuestionCount(),
				topics.stream().map(BrowseService::link).toList());
	}

	private static PageModels.TopicLink link(Topic topic) {
		return new PageModels.TopicLink(topic.getSlug(), topic.getTitle(), topic.getQuestionCount());
	}

	private Optional<Question> neighbour(GuideVersion version, QuestionKind kind, int ordinal) {
		return this.questions.findByVersionAndKindAndOrdinal(version, kind, ordinal);
	}

	private static PageModels.QuestionLink link(Question question) {
		return new PageModels.QuestionLink(question.getSlug(), question.getTitle(), question.getTitleHtml());
	}

	private static List<PageModels.QuestionLink> links(List<Question> questions) {
		return questions.stream().map(BrowseService::link).toList();
	}

	private static PageModels.QuestionView view(Question question) {
		return new PageModels.QuestionView(question.getStableKey(), question.getSlug(), question.getTitle(),
				question.getTitleHtml(), question.getKind().name(), question.getOrdinal(), question.getAnswerMarkdown(),
				question.getAnswerHtml(), question.getSubsections(), question.getTags(), question.getDifficulty());
	}

}
