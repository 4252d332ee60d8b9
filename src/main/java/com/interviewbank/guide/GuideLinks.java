package com.interviewbank.guide;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * Every public path of a guide, made in one place with each slug encoded (slugs may hold any
 * letter, and a link must survive any of them). Templates make the same paths with Thymeleaf's
 * {@code @{...}}, which encodes too.
 */
public final class GuideLinks {

	private static final String GUIDES = "/guides/";

	private GuideLinks() {
	}

	public static String guide(String guideSlug) {
		return GUIDES + encode(guideSlug);
	}

	public static String topic(String guideSlug, String topicSlug) {
		return guide(guideSlug) + "/topics/" + encode(topicSlug);
	}

	public static String question(String guideSlug, String questionSlug) {
		return guide(guideSlug) + "/questions/" + encode(questionSlug);
	}

	/** A heading anchor of the guide's source, resolved to the page that holds it when followed. */
	public static String anchor(String guideSlug, String anchor) {
		return guide(guideSlug) + "/anchors/" + encode(anchor);
	}

	/** A path under {@code /guides/}, such as {@code guide/questions/slug}: each segment encoded. */
	public static String underGuides(String path) {
		return GUIDES + encodeSegments(path);
	}

	/** A fragment pointing at an anchor of the page. */
	public static String fragment(String anchor) {
		return "#" + UriUtils.encodeFragment(anchor, StandardCharsets.UTF_8);
	}

	/** Each segment of a path encoded, the slashes kept. */
	public static String encodeSegments(String path) {
		StringBuilder encoded = new StringBuilder();
		for (String segment : path.split("/", -1)) {
			if (!encoded.isEmpty()) {
				encoded.append('/');
			}
			encoded.append(encode(segment));
		}
		return encoded.toString();
	}

	private static String encode(String segment) {
		return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
	}

}
