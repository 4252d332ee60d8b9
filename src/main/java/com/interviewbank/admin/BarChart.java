package com.interviewbank.admin;

import java.util.List;

import com.interviewbank.search.QueryCount;

/**
 * A small horizontal bar chart of the most frequent queries, drawn as SVG on the server: no
 * script and no style attribute, so it passes a strict Content-Security-Policy.
 */
record BarChart(List<Bar> bars, int height) {

	static final int ROW_HEIGHT = 22;

	static final int MAX_BAR_WIDTH = 320;

	/** One bar: its query, its count, its width and the top of its row. */
	record Bar(String query, long searches, int width, int y) {
	}

	static BarChart of(List<QueryCount> counts, int limit) {
		List<QueryCount> top = counts.stream().limit(limit).toList();
		long max = top.stream().mapToLong(QueryCount::searches).max().orElse(1);
		List<Bar> bars = new java.util.ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			QueryCount count = top.get(i);
			int width = (int) Math.max(2, Math.round(MAX_BAR_WIDTH * (double) count.searches() / max));
			bars.add(new Bar(count.query(), count.searches(), width, i * ROW_HEIGHT));
		}
		return new BarChart(bars, Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT));
	}

}
