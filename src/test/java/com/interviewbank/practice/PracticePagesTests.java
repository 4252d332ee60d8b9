package com.interviewbank.practice;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.Question;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.markdown.QuestionKind;
import com.interviewbank.support.SeedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The server side of practice and reading on the seed: decks, prompts, shared sets, the sitemap,
 * robots.txt and canonical links. (What runs in the browser is tested in {@code BrowserTests}.)
 */
@SeedBankTest
class PracticePagesTests {

	private static final String GUIDE = "python-senior-lead-questions";

	private static final Pattern DECK = Pattern.compile("<script type=\"application/json\" id=\"practice-deck\">([^<]*)</script>");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GuideRepository guides;

	@Autowired
	private QuestionRepository questions;

	@Test
	void shouldPractiseEveryQuestionAndPromptOfTheGuideInOrder() throws Exception {
		String html = page("/practice");
		List<String[]> cards = cards(html);
		// 143 questions with answers and 74 prompts from "Common Questions".
		assertThat(cards).hasSize(143 + 74);
		assertThat(cards.stream().filter(card -> card[2].equals("true"))).hasSize(74);
		List<String> stableKeys = this.questions.findByVersionOrderByPosition(activeVersion())
			.stream()
			.map(Question::getStableKey)
			.toList();
		assertThat(cards.stream().map(card -> card[0]).toList()).isEqualTo(stableKeys);
	}

	@Test
	void shouldFilterTheDeckByTopic() throws Exception {
		List<String[]> cards = cards(page("/practice?guide=" + GUIDE + "&topic=oop-in-python"));
		assertThat(cards).isNotEmpty().allSatisfy(card -> assertThat(card[1]).isEqualTo("oop-in-python"));
		assertThat(cards).hasSize(this.guides.findPublished(GUIDE)
			.map(g -> (int) this.questions.findWithTopicsByVersion(g.getActiveVersion())
				.stream()
				.filter(q -> q.getTopic().getSlug().equals("oop-in-python"))
				.count())
			.orElseThrow());
	}

	@Test
	void shouldKeepThePracticePageSmallWithNoAnswerInIt() throws Exception {
		String html = page("/practice");
		assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(60_000);
		Question answered = this.questions.findByVersionOrderByPosition(activeVersion())
			.stream()
			.filter(q -> !q.isPrompt())
			.findFirst()
			.orElseThrow();
		assertThat(html).doesNotContain(answered.getAnswerHtml().substring(0, 60));
	}

	@Test
	void shouldOfferTheNextTopicOfATopicDeck() throws Exception {
		assertThat(page("/practice?guide=" + GUIDE + "&topic=oop-in-python")).contains("practice-next-topic")
			.contains("href=\"/practice?guide=" + GUIDE + "&amp;topic=");
		String deck = page("/practice?guide=" + GUIDE);
		assertThat(deck).doesNotContain("class=\"practice-next-topic\"");
	}

	@Test
	void shouldAnswer404ForAnUnknownGuideOrTopic() throws Exception {
		this.mvc.perform(get("/practice?guide=nope")).andExpect(status().isNotFound());
		this.mvc.perform(get("/practice?guide=" + GUIDE + "&topic=nope")).andExpect(status().isNotFound());
	}

	@Test
	void shouldOpenASharedSetWithTheSameQuestionsInItsOrder() throws Exception {
		List<Question> all = this.questions.findByVersionOrderByPosition(activeVersion());
		Question first = all.get(40);
		Question second = all.get(3);
		Question prompt = all.stream().filter(q -> q.getKind() == QuestionKind.PROMPT).findFirst().orElseThrow();
		String ids = String.join(",", first.getStableKey(), second.getStableKey(), "not-a-key", prompt.getStableKey());
		String html = page("/set?ids=" + ids);
		Matcher items = Pattern.compile("class=\"set-item mb-4\" data-id=\"([^\"]+)\"").matcher(html);
		List<String> shown = items.results().map(m -> m.group(1)).toList();
		assertThat(shown).containsExactly(first.getStableKey(), second.getStableKey(), prompt.getStableKey());
		assertThat(html).contains("1 question of this set is no longer in the bank.")
			.contains(first.getAnswerHtml().substring(0, 40));
	}

	@Test
	void shouldKeepASetLinkToOneHundredQuestions() throws Exception {
		String ids = this.questions.findByVersionOrderByPosition(activeVersion())
			.stream()
			.limit(120)
			.map(Question::getStableKey)
			.collect(Collectors.joining(","));
		String html = page("/set?ids=" + ids);
		assertThat(Pattern.compile("class=\"set-item mb-4\"").matcher(html).results().count()).isEqualTo(100);
		assertThat(html).contains("A set holds at most 100 questions: 20 more in this link were left out.");
	}

	@Test
	void shouldShowAnEmptySetWithoutIds() throws Exception {
		assertThat(page("/set")).contains("No questions in this set yet");
	}

	@Test
	void shouldCountOnlyQuestionsWithAnswersInTheirPositionAndPromptsAmongPrompts() throws Exception {
		List<Question> prompts = this.questions.findByVersionOrderByPosition(activeVersion())
			.stream()
			.filter(Question::isPrompt)
			.toList();
		Question prompt = prompts.get(1);
		this.mvc.perform(get("/api/guides/" + GUIDE + "/questions/" + prompt.getSlug()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PROMPT"))
			.andExpect(jsonPath("$.position").value(2))
			.andExpect(jsonPath("$.of").value(74))
			.andExpect(jsonPath("$.previous").value(prompts.get(0).getSlug()))
			.andExpect(jsonPath("$.next").value(prompts.get(2).getSlug()));
		assertThat(page("/guides/" + GUIDE + "/questions/" + prompt.getSlug())).contains("Prompt 2 of 74")
			.contains("Listed in")
			.contains("href=\"/guides/" + GUIDE + "/questions/soft-skills\"");
		String last = this.questions.findByVersionAndKindAndOrdinal(activeVersion(), QuestionKind.QUESTION, 143)
			.orElseThrow()
			.getSlug();
		assertThat(page("/guides/" + GUIDE + "/questions/" + last)).contains("Question 143 of 143");
		this.mvc.perform(get("/api/guides/" + GUIDE + "/topics/common-questions"))
			.andExpect(jsonPath("$.questions", hasSize(12 + 74)))
			.andExpect(jsonPath("$.questions[1].kind").value("PROMPT"));
	}

	@Test
	void shouldListThePromptsOfASectionOnItsPageAndOnItsTopicPage() throws Exception {
		String section = page("/guides/" + GUIDE + "/questions/soft-skills");
		assertThat(section).contains("24 practice prompts from this list")
			.contains("href=\"/guides/" + GUIDE + "/questions/feature-without-requirements---how\"");
		String topic = page("/guides/" + GUIDE + "/topics/common-questions");
		assertThat(topic).contains("24 practice prompts from this list").contains("id=\"hide-answers\"");
	}

	@Test
	void shouldFindPromptsBySearchAndSuggestThem() throws Exception {
		// The question whose answer lists the prompt first (it matches alike), then the prompt.
		this.mvc.perform(get("/api/search").param("q", "scrum disadvantages"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].question").value("scrum"))
			.andExpect(jsonPath("$.results[1].question").value("please-describe-scrum-disadvantages"));
		this.mvc.perform(get("/api/search/suggest").param("q", "how to onboard"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].url").value("/guides/" + GUIDE
					+ "/questions/please-tell-me-how-to-onboard-new-member-to-the-team-and-adapt-him-for-the"));
	}

	@Test
	void shouldListEveryPageInTheSitemap() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("<url>").matcher(sitemap).results().count()).isEqualTo(2 + 1 + 22 + 143 + 74);
		assertThat(sitemap).contains("<loc>http://localhost/guides/" + GUIDE + "/questions/soft-skills</loc>")
			.contains("<loc>http://localhost/practice</loc>");
	}

	@Test
	void shouldKeepCrawlersOutOfAdminApiAndSearch() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Disallow: /admin\n")))
			.andExpect(content().string(containsString("Disallow: /api/\n")))
			.andExpect(content().string(containsString("Disallow: /search\n")))
			.andExpect(content().string(containsString("Sitemap: http://localhost/sitemap.xml")));
	}

	@Test
	void shouldGiveEveryPageACanonicalLinkAndOpenGraph() throws Exception {
		String question = page("/guides/" + GUIDE + "/questions/soft-skills?hl=agile");
		assertThat(question)
			.contains("<link rel=\"canonical\" href=\"http://localhost/guides/" + GUIDE + "/questions/soft-skills\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost/guides/" + GUIDE + "/questions/soft-skills\">")
			.contains("<meta property=\"og:title\" content=\"Soft-Skills · Python Questions for Senior and Lead roles\">");
		assertThat(page("/practice?guide=" + GUIDE))
			.contains("<link rel=\"canonical\" href=\"http://localhost/practice?guide=" + GUIDE + "\">");
		this.mvc.perform(get("/")).andExpect(content().string(containsString("rel=\"canonical\"")))
			.andExpect(content().string(not(containsString("style=\""))));
	}

	@Test
	void shouldNeverServeOneHostsCanonicalLinkToAnother() throws Exception {
		String path = "/guides/" + GUIDE + "/questions/__slots__";
		for (String host : List.of("a.example", "b.example", "a.example")) {
			String html = this.mvc.perform(get(path).header("Host", host))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("<link rel=\"canonical\" href=\"http://" + host + path + "\">");
		}
	}

	private com.interviewbank.guide.GuideVersion activeVersion() {
		return this.guides.findPublished(GUIDE).orElseThrow().getActiveVersion();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The deck the practice page lists: each card's stable key, topic and whether it is a prompt. */
	private static List<String[]> cards(String html) {
		Matcher deck = DECK.matcher(html);
		assertThat(deck.find()).as("the deck in the page").isTrue();
		JsonNode cards = JSON.readTree(deck.group(1)).get("cards");
		return cards.valueStream()
			.map(card -> new String[] { card.get("id").asString(), card.get("topic").asString(),
					String.valueOf(card.get("prompt").asBoolean()) })
			.toList();
	}

}
