package com.interviewbank.search;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.Question;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guide's language as detected, as an admin sets it, and what follows from it: the pages'
 * {@code lang} and the analysis of its questions in the index.
 */
@SharedBankTest
class GuideLanguageTests {

	/** Chinese, but its front matter says English: the case of the two guides of the issue. */
	private static final String MISLABELLED = """
			---
			lang: en
			---
			# Java 基础

			## 基础概念

			### 什么是字节码？

			JVM 可以理解的代码就叫做字节码（即扩展名为 `.class` 的文件），它不面向任何特定的处理器。

			### 什么是自动装箱？

			装箱就是将基本类型用它们对应的引用类型包装起来。
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private SearchService search;

	@Test
	void shouldDetectAChineseGuideAndSayItsLanguageInThePages() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "language-detected.md",
				MISLABELLED.replace("---\nlang: en\n---\n", "").getBytes(StandardCharsets.UTF_8), "admin");
		this.mvc.perform(get("/api/guides/language-detected")).andExpect(jsonPath("$.language").value("zh"));
		this.mvc.perform(get("/guides/language-detected")).andExpect(content().string(containsString("lang=\"zh\"")));
		assertThat(chineseDocumentsHolding("language-detected", "字节码")).isEqualTo(1);
	}

	@Test
	void shouldReanalyseAGuideWhoseLanguageAnAdminSets() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "language-set.md", MISLABELLED.getBytes(StandardCharsets.UTF_8),
				"admin");
		this.mvc.perform(get("/api/guides/language-set")).andExpect(jsonPath("$.language").value("en"));
		long before = chineseDocumentsHolding("language-set", "自动装箱");
		this.mvc.perform(post("/admin/guides/language-set").param("title", "")
			.param("language", "zh")
			.param("attribution", "")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get("/admin/guides/language-set").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("value=\"zh\"")));
		this.mvc.perform(get("/api/guides/language-set")).andExpect(jsonPath("$.language").value("zh"));
		this.mvc.perform(get("/guides/language-set/topics/基础概念"))
			.andExpect(content().string(containsString("lang=\"zh\"")));
		assertThat(before).isZero();
		assertThat(chineseDocumentsHolding("language-set", "自动装箱")).isEqualTo(1);
	}

	@Test
	void shouldTakeAnAdminsLanguageAsACodeAndRefuseWhatIsNotOne() throws Exception {
		this.imports.importGuide(ImportRun.Source.API, "language-typed.md", MISLABELLED.getBytes(StandardCharsets.UTF_8),
				"admin");
		this.mvc.perform(post("/admin/guides/language-typed").param("language", "Chinese please")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(status().isFound()).andExpect(flash().attribute("error", containsString("en, zh or ru")));
		this.mvc.perform(get("/api/guides/language-typed")).andExpect(jsonPath("$.language").value("en"));
		this.mvc.perform(post("/admin/guides/language-typed").param("language", "ZH-cn")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get("/api/guides/language-typed")).andExpect(jsonPath("$.language").value("zh"));
	}

	/**
	 * A guide in a language the index has no analysis of its own for is searched, and its snippets
	 * highlighted, in the standard fields: while it is served, searches highlight those too.
	 */
	@Test
	void shouldMarkMatchesInSnippetsOfAGuideInALanguageWithoutItsOwnAnalysis() {
		this.imports.importGuide(ImportRun.Source.API, "language-german.md", """
				---
				lang: de
				---
				# Speicher

				## Grundlagen

				### Was macht die Speicherbereinigung?

				Die Laufzeit gibt mit der Speicherbereinigung Objekte frei, auf die nichts mehr verweist.
				""".getBytes(StandardCharsets.UTF_8), "admin");
		var hits = this.search.search("verweist", "language-german", null, 0, 10).results();
		assertThat(hits).hasSize(1);
		assertThat(hits.get(0).snippet()).contains("<mark>verweist</mark>");
	}

	/** How many questions of a guide the index holds in the Chinese title or prose fields with this word. */
	private long chineseDocumentsHolding(String guide, String word) {
		return this.transactions.execute(status -> Search.session(this.entityManager)
			.search(Question.class)
			.where(f -> f.bool()
				.filter(f.match().field(IndexFields.GUIDE).matching(guide))
				.must(f.phrase()
					.field(AnalysedLanguage.CHINESE.proseField())
					.field(AnalysedLanguage.CHINESE.titleField())
					.matching(word)))
			.fetchTotalHitCount());
	}

}
