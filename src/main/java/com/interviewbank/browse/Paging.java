package com.interviewbank.browse;

import java.util.List;

import com.interviewbank.system.NotFoundException;

/**
 * A long list split into pages of at most {@code size} items ({@code ?page=2}), so that no page grows
 * with the guide: a long topic's questions, or the topics of a guide of hundreds of them, would
 * otherwise be megabytes on every request. The question pages' sidebar lists the questions of the
 * topic's page that holds the question, and the topics of the guide's page that holds its topic.
 *
 * @param number this page, from 1
 * @param count how many pages the list has (at least 1, even when it is empty)
 * @param from the index of this page's first item
 * @param to the index after its last
 * @param items how many items the whole list has
 */
record Paging(int number, int count, int from, int to, int items) {

	/**
	 * @param of what the list belongs to, for the 404 of a page past its end ("topic", "guide")
	 */
	static Paging of(int items, int size, int number, String of) {
		int count = Math.max(1, (items + size - 1) / size);
		if (number < 1 || number > count) {
			throw new NotFoundException("This " + of + " has " + count + (count == 1 ? " page" : " pages") + ", not a page " + number);
		}
		int from = (number - 1) * size;
		return new Paging(number, count, from, Math.min(items, from + size), items);
	}

	/** The page that holds the item at {@code index} of the list. */
	static Paging holding(int index, int items, int size) {
		return of(items, size, Math.max(0, index) / size + 1, "list");
	}

	<T> List<T> slice(List<T> all) {
		return all.subList(this.from, this.to);
	}

	public boolean first() {
		return this.number == 1;
	}

	public boolean paged() {
		return this.count > 1;
	}

}
