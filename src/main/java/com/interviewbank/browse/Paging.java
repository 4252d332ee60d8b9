package com.interviewbank.browse;

import java.util.List;

import com.interviewbank.system.NotFoundException;

/**
 * A long topic split into pages of at most {@code size} questions ({@code ?page=2}), so that no page
 * grows with the guide: a topic of thousands of answers would otherwise be megabytes on every
 * request. The question pages' sidebar lists the questions of the page that holds the question.
 *
 * @param number this page, from 1
 * @param count how many pages the topic has (at least 1, even when it is empty)
 * @param from the index of this page's first question
 * @param to the index after its last
 * @param questions how many questions the whole topic has
 */
record TopicPaging(int number, int count, int from, int to, int questions) {

	static TopicPaging of(int questions, int size, int number) {
		int count = Math.max(1, (questions + size - 1) / size);
		if (number < 1 || number > count) {
			throw new NotFoundException("This topic has " + count + (count == 1 ? " page" : " pages") + ", not a page " + number);
		}
		int from = (number - 1) * size;
		return new TopicPaging(number, count, from, Math.min(questions, from + size), questions);
	}

	/** The page that holds the question at {@code index} of its topic. */
	static TopicPaging holding(int index, int questions, int size) {
		return of(questions, size, Math.max(0, index) / size + 1);
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
