package com.interviewbank.guide;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * A topic of one guide version.
 */
@Entity
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "version_id")
	private GuideVersion version;

	private String stableKey;

	private String slug;

	private String title;

	private int position;

	private int questionCount;

	private String introMarkdown;

	private String introHtml;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "topic_anchor", joinColumns = @JoinColumn(name = "topic_id"))
	@OrderColumn(name = "position")
	@Column(name = "anchor")
	private List<String> anchors = new ArrayList<>();

	protected Topic() {
	}

	public Topic(GuideVersion version, String stableKey, String slug, String title, int position, int questionCount,
			String introMarkdown, String introHtml, List<String> anchors) {
		this.version = version;
		this.stableKey = stableKey;
		this.slug = slug;
		this.title = title;
		this.position = position;
		this.questionCount = questionCount;
		this.introMarkdown = introMarkdown;
		this.introHtml = introHtml;
		this.anchors = new ArrayList<>(anchors);
	}

	public Long getId() {
		return this.id;
	}

	public GuideVersion getVersion() {
		return this.version;
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

	public int getPosition() {
		return this.position;
	}

	public int getQuestionCount() {
		return this.questionCount;
	}

	public String getIntroHtml() {
		return this.introHtml;
	}

	public List<String> getAnchors() {
		return this.anchors;
	}

}
