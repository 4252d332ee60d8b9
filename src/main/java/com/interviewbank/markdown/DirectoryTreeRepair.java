package com.interviewbank.markdown;

import java.util.regex.Pattern;

/**
 * Restores directory trees drawn with box-drawing characters in code blocks ({@code ├── src/}),
 * whose characters all share the lead byte {@code â} and lost both other bytes. A line's prefix
 * is read in units of four columns: {@code "â   "} was {@code "│   "}, {@code "âââ "} was a
 * branch, {@code ├──} if a sibling follows at the same depth and {@code └──} if it is the last.
 */
final class DirectoryTreeRepair {

	private static final String VERTICAL = "â   ";

	private static final String BLANK = "    ";

	private static final String BRANCH = "âââ";

	private final RepairLog log;

	DirectoryTreeRepair(RepairLog log) {
		this.log = log;
	}

	void repairFencedTrees(String[] lines, Pattern fence) {
		int i = 0;
		while (i < lines.length) {
			if (fence.matcher(lines[i]).find()) {
				int close = i + 1;
				while (close < lines.length && !fence.matcher(lines[close]).find()) {
					close++;
				}
				repairBlock(lines, i + 1, close);
				i = close + 1;
			}
			else {
				i++;
			}
		}
	}

	private void repairBlock(String[] lines, int from, int to) {
		int[] depths = new int[to - from];
		for (int i = from; i < to; i++) {
			depths[i - from] = branchDepth(lines[i]);
		}
		for (int i = from; i < to; i++) {
			int depth = depths[i - from];
			if (depth < 0) {
				continue;
			}
			StringBuilder line = new StringBuilder();
			for (int unit = 0; unit < depth; unit++) {
				boolean vertical = lines[i].startsWith(VERTICAL, unit * 4);
				line.append(vertical ? "│   " : BLANK);
				if (vertical) {
					this.log.count(RepairKind.BOX_DRAWING, 1);
				}
			}
			line.append(hasNextSibling(depths, i - from) ? "├──" : "└──");
			line.append(lines[i].substring(depth * 4 + BRANCH.length()));
			this.log.count(RepairKind.BOX_DRAWING, BRANCH.length());
			this.log.line = i + 1;
			this.log.example(RepairKind.BOX_DRAWING, lines[i], line.toString(), "a line of a directory tree in a code block");
			lines[i] = line.toString();
		}
	}

	/** The depth of a tree line's branch, or -1 if the line is not part of a tree. */
	private static int branchDepth(String line) {
		int unit = 0;
		while (line.startsWith(VERTICAL, unit * 4) || line.startsWith(BLANK, unit * 4)) {
			unit++;
		}
		boolean branch = line.startsWith(BRANCH, unit * 4)
				&& (line.length() == unit * 4 + BRANCH.length() || line.charAt(unit * 4 + BRANCH.length()) == ' ');
		return branch ? unit : -1;
	}

	private static boolean hasNextSibling(int[] depths, int index) {
		for (int j = index + 1; j < depths.length; j++) {
			if (depths[j] < 0 || depths[j] < depths[index]) {
				return false;
			}
			if (depths[j] == depths[index]) {
				return true;
			}
		}
		return false;
	}

}
