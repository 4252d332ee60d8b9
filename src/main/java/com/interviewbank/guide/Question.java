package com.interviewbank.guide;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import com.interviewbank.markdown.QuestionKind;
import com.interviewbank.markdown.QuestionMetadata;

/**
 * A question of one guide version. Its stable key outlives versions while the question lives.
 */
@Entity
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "version_id")
	private GuideVersion version;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "topic_id")
	private Topic topic;

	private String stableKey;

	private String slug;

	private String title;

	private String titleHtml;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	/** 1-based document order across the whole guide, prompts included. */
	private int position;

	/** 1-based, among the guide's items of the same kind: "question N of M". */
	private int ordinal;

	private String answerMarkdown;

	private String answerHtml;

	private String answerHash;

	/** Lower case, in the guide's order (docs/ARCHITECTURE.md, "Question metadata"). */
	@Convert(converter = TagListConverter.class)
	private List<String> tags = new ArrayList<>();

	/** 1 (beginner) to 5 (expert), or null when the guide does not say. */
	private Integer difficulty;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "question_anchor", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	private List<AnswerAnchor> anchors = new ArrayList<>();

	protected Question() {
	}

	public Question(GuideVersion version, Topic topic, String stableKey, String slug, String title, String titleHtml,
			QuestionKind kind, int position, int ordinal, String answerMarkdown, String answerHtml, String answerHash,
			List<AnswerAnchor> anchors) {
		this.version = version;
		this.topic = topic;
		this.stableKey = stableKey;
		this.slug = slug;
		this.title = title;
		this.titleHtml = titleHtml;
		this.kind = kind;
		this.position = position;
		this.ordinal = ordinal;
		this.answerMarkdown = answerMarkdown;
		this.answerHtml = answerHtml;
		this.answerHash = answerHash;
		this.anchors = new ArrayList<>(anchors);
	}

	public Long getId() {
		return this.id;
	}

	public GuideVersion getVersion() {
		return this.version;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public String getStableKey() {
		return this.stableKey;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getTitleHtml() {
		return this.titleHtml;
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public int getPosition() {
		return this.position;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public boolean isPrompt() {
		return this.kind == QuestionKind.PROMPT;
	}

	public String getAnswerMarkdown() {
		return this.answerMarkdown;
	}

	public String getAnswerHtml() {
		return this.answerHtml;
	}

	public String getAnswerHash() {
		return this.answerHash;
	}

	/** Gives it the tags and difficulty its guide states; called once, before it is saved. */
	public Question describedBy(QuestionMetadata metadata) {
		this.tags = new ArrayList<>(metadata.tags());
		this.difficulty = metadata.difficulty();
		return this;
	}

	public List<String> getTags() {
		return List.copyOf(this.tags);
	}

	/** Whether it carries this tag, written in any case. */
	public boolean hasTag(String tag) {
		return this.tags.contains(QuestionMetadata.tag(tag));
	}

	public Integer getDifficulty() {
		return this.difficulty;
	}

	public QuestionMetadata getMetadata() {
		return new QuestionMetadata(this.tags, this.difficulty);
	}

	public List<AnswerAnchor> getAnchors() {
		return this.anchors;
	}

	/** The path of its page, the slug encoded (slugs may hold any letter). */
	public String pagePath() {
		return GuideLinks.question(this.version.getGuide().getSlug(), this.slug);
	}

	public List<AnswerAnchor> getSubsections() {
		return this.anchors.stream().filter(AnswerAnchor::subsection).toList();
	}

}
