package com.interviewbank.markdown;

import java.util.List;
import java.util.Map;

/**
 * A guide of several files as the importer read it.
 *
 * @param guide the files combined into one guide: topics in the index's order, slugs unique
 * across files, links between files pointed at the headings they reach
 * @param questionFiles the file each question and prompt came from, by its slug
 * @param order the Markdown files read, in the order their topics appear
 * @param images the images stored with the guide: those its files name that the bank serves
 */
public record ParsedFiles(ParsedGuide guide, Map<String, String> questionFiles, List<String> order,
		List<GuideImage> images) {

	public ParsedFiles {
		questionFiles = Map.copyOf(questionFiles);
		order = List.copyOf(order);
		images = List.copyOf(images);
	}

	/** A guide of one file, which ships no image. */
	public ParsedFiles(ParsedGuide guide, Map<String, String> questionFiles, List<String> order) {
		this(guide, questionFiles, order, List.of());
	}

}
