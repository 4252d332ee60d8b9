package com.interviewbank.markdown;

import java.util.Arrays;

/**
 * The lines of a text and the offsets where they start.
 */
final class LineIndex {

	private final String[] lines;

	private final int[] starts;

	LineIndex(String text) {
		this.lines = text.split("\n", -1);
		this.starts = new int[this.lines.length];
		int offset = 0;
		for (int i = 0; i < this.lines.length; i++) {
			this.starts[i] = offset;
			offset += this.lines[i].length() + 1;
		}
	}

	int lineOf(int offset) {
		int found = Arrays.binarySearch(this.starts, offset);
		return found >= 0 ? found : -found - 2;
	}

	int startOf(int line) {
		return this.starts[line];
	}

	String line(int line) {
		return this.lines[line];
	}

	int count() {
		return this.lines.length;
	}

}
