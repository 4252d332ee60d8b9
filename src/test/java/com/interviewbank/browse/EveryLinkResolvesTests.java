package com.interviewbank.browse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportService;
import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No link the bank renders leads nowhere: each guide of the corpus is imported, and every link of
 * its guide page and topic pages (which hold every answer) is followed, redirects and fragments
 * too; a link to a question page is checked against the questions the read API lists (fetching
 * hundreds of question pages would only repeat the answers already followed on the topic pages).
 */
@SharedBankTest
class EveryLinkResolvesTests {

	private static final Path CORPORA = Path.of("src/test/resources/corpora");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ImportService imports;

	static Stream<String> corpora() throws IOException {
		try (Stream<Path> files = Files.list(CORPORA)) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".md") && !name.equals("LICENSES.md"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("corpora")
	void shouldResolveEveryLinkAndAnchorOfEveryPage(String file) throws Exception {
		String slug = "links-" + Math.abs(file.hashCode());
		this.imports.importGuide(ImportRun.Source.API, slug + ".md", Files.readAllBytes(CORPORA.resolve(file)), "admin");
		String guide = "/guides/" + slug;
		Set<String> questionPages = questionPages(slug);
		Deque<String> pages = new ArrayDeque<>(List.of(guide));
		Set<String> seen = new HashSet<>(pages);
		Map<String, String> broken = new HashMap<>();
		int links = 0;
		while (!pages.isEmpty()) {
			String page = pages.poll();
			Document html = Jsoup.parse(fetch(page, broken), "http://localhost" + page);
			for (Element link : html.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("#") && href.length() > 1) {
					links++;
					if (html.getElementById(decode(href.substring(1))) == null) {
						broken.put(page + href, "no element with that id on the page");
					}
				}
				else if (href.startsWith(guide + "/") || href.equals(guide)) {
					links++;
					if (questionPages.contains(href)) {
						continue; // it exists (the read API lists it); its answer is on its topic's page
					}
					if (seen.add(href)) {
						pages.add(href);
					}
				}
			}
		}
		assertThat(broken).as("links of %s that lead nowhere, of %d", file, links).isEmpty();
		assertThat(seen.size()).as("pages of %s", file).isGreaterThan(1);
	}

	/** The guide's question and prompt pages, as the read API lists them. */
	private Set<String> questionPages(String slug) throws Exception {
		Set<String> pages = new HashSet<>();
		JsonNode guide = JSON.readTree(this.mvc.perform(get("/api/guides/" + slug)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		for (JsonNode topic : guide.get("topics")) {
			JsonNode detail = JSON.readTree(this.mvc.perform(get("/api/guides/" + slug + "/topics/" + topic.get("slug").asText()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			for (JsonNode question : detail.get("questions")) {
				pages.add("/guides/" + slug + "/questions/" + question.get("slug").asText());
			}
		}
		return pages;
	}

	/** The page's HTML after its redirects, its fragment checked; an empty page when it is not there. */
	private String fetch(String link, Map<String, String> broken) throws Exception {
		String path = link;
		String fragment = null;
		for (int hops = 0; hops < 5; hops++) {
			int hash = path.indexOf('#');
			if (hash >= 0) {
				fragment = decode(path.substring(hash + 1));
				path = path.substring(0, hash);
			}
			MockHttpServletResponse response;
			try {
				response = this.mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
			}
			catch (jakarta.servlet.ServletException ex) {
				broken.put(link, "failed: " + ex.getRootCause());
				return "";
			}
			if (response.getStatus() / 100 == 3) {
				path = response.getRedirectedUrl();
				continue;
			}
			if (response.getStatus() != 200) {
				broken.put(link, "status " + response.getStatus());
				return "";
			}
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			if (fragment != null && Jsoup.parse(body).getElementById(fragment) == null) {
				broken.put(link, "no element with id " + fragment + " on " + path);
			}
			return body;
		}
		broken.put(link, "too many redirects");
		return "";
	}

	private static String decode(String fragment) {
		return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
