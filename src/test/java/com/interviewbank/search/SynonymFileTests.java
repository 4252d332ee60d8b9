package com.interviewbank.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synonym list's sections: groups for every language first, then per language.
 */
class SynonymFileTests {

	private static final String FILE = """
			# a comment
			gil, global interpreter lock

			[ru]
			ооп, объектно ориентированное программирование
			# a comment in a section
			[zh]
			mq, 消息队列
			[*]
			vm, virtual machine
			[ru]
			gc, сборка мусора
			""";

	@Test
	void shouldGiveEachLanguageTheSharedGroupsAndItsOwn() {
		assertThat(SynonymFile.groupsFor("ru", FILE)).containsExactly("gil, global interpreter lock",
				"ооп, объектно ориентированное программирование", "vm, virtual machine", "gc, сборка мусора");
		assertThat(SynonymFile.groupsFor("zh", FILE)).containsExactly("gil, global interpreter lock", "mq, 消息队列",
				"vm, virtual machine");
		assertThat(SynonymFile.groupsFor("en", FILE)).containsExactly("gil, global interpreter lock",
				"vm, virtual machine");
		assertThat(SynonymFile.groupsFor(SynonymFile.EVERY_LANGUAGE, FILE))
			.containsExactly("gil, global interpreter lock", "vm, virtual machine");
	}

	@Test
	void shouldKeepTodaysEnglishEntriesForEveryLanguage() {
		for (String language : new String[] { "en", "ru", "zh", SynonymFile.EVERY_LANGUAGE }) {
			assertThat(SynonymFile.groupsFor(language)).as(language)
				.contains("gil, global interpreter lock", "gc, garbage collection, garbage collector");
		}
		assertThat(SynonymFile.groupsFor("ru")).contains("garbage collector, сборщик мусора, сборка мусора");
		assertThat(SynonymFile.groupsFor("en")).doesNotContain("garbage collector, сборщик мусора, сборка мусора");
	}

}
