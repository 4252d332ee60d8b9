package com.interviewbank.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guide's language: front matter first, else the script of its prose. Chinese and Russian guides
 * are full of Latin code and names, and must still not be taken for English.
 */
class LanguageDetectionTests {

	@Test
	void shouldTakeTheRealChineseGuideForChinese() {
		ParsedGuide guide = Guides.corpus(Guides.JAVAGUIDE_REDIS);
		assertThat(guide.language()).isEqualTo("zh");
		assertThat(guide.title()).isEqualTo("Redis常见面试题总结(上)");
	}

	@Test
	void shouldTakeTheRealRussianGuideForRussian() {
		assertThat(Guides.corpus(Guides.YAKIMKA).language()).isEqualTo("ru");
	}

	@Test
	void shouldTakeTheSeedForEnglish() {
		assertThat(Guides.seed().language()).isEqualTo("en");
	}

	@Test
	void shouldTakeChineseProseForChineseWhenItsCodeHasMoreLatinLetters() {
		String markdown = """
				## Java 基础

				### 什么是字节码？采用字节码的好处是什么？

				JVM 可以理解的代码就叫做字节码（即扩展名为 `.class` 的文件）。

				```java
				public class HelloWorldApplicationWithAVeryLongName {
				    public static void main(String[] arguments) {
				        System.out.println("Hello, world, from a class with a long name");
				        Integer boxedInteger = Integer.valueOf(someIntegerValue);
				    }
				}
				```
				""";
		assertThat(ScriptGuess.languageOf(markdown)).isEqualTo("zh");
		assertThat(Guides.markdown(markdown).language()).isEqualTo("zh");
	}

	@Test
	void shouldNotCountLatinLinksAndCodeAgainstRussianProse() {
		String markdown = """
				# Декораторы

				Декоратор оборачивает функцию: [functools.wraps](https://docs.python.org/3/library/functools.html#functools.wraps)
				и `functools.partial`, см. <a href="https://example.com/a/very/long/link/indeed">здесь</a>.
				""";
		assertThat(ScriptGuess.languageOf(markdown)).isEqualTo("ru");
	}

	@Test
	void shouldKeepEnglishWithAFewWordsOfAnotherScript() {
		String markdown = """
				# Unicode

				Python 3 strings are Unicode, so `len("привет")` is 6 and the word Привет is one word of many
				in this long English paragraph about encodings, code points, bytes and decoding errors.
				""";
		assertThat(ScriptGuess.languageOf(markdown)).isEqualTo("en");
	}

	@Test
	void shouldTellJapaneseFromChineseByItsKana() {
		assertThat(ScriptGuess.languageOf("## ガベージコレクションとは何ですか？\n\n不要になったメモリを自動的に解放する仕組みです。"))
			.isEqualTo("ja");
		assertThat(ScriptGuess.languageOf("## 什么是垃圾回收？\n\n自动释放不再使用的内存的机制。")).isEqualTo("zh");
	}

	@Test
	void shouldPreferTheFrontMatterOverTheScript() {
		assertThat(Guides.markdown("---\nlang: de\n---\n# Fragen\n\n## Was ist ein Dekorator?\n\nText.\n").language())
			.isEqualTo("de");
		assertThat(Guides.markdown("---\nlanguage: en\n---\n# 问题\n\n## 什么是字节码？\n\n字节码。\n").language())
			.isEqualTo("en");
	}

	@Test
	void shouldTakeAGuideWithoutLettersForEnglish() {
		assertThat(ScriptGuess.languageOf("# 1\n\n## 2\n\n```\nx = 1\n```\n")).isEqualTo("en");
	}

}
