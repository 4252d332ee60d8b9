package com.interviewbank.search;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.interviewbank.web.KeptPages;

/**
 * The search results page. Each search submitted here is counted for the admins' insight, also
 * when the page is served again from the page cache ({@link KeptPages}); a page that found nothing
 * shows the searches popular at this moment, so it is not kept.
 */
@Controller
class SearchController {

	private static final int PAGE_SIZE = 10;

	private static final int POPULAR = 8;

	private final SearchService search;

	private final SearchInsight insight;

	SearchController(SearchService search, SearchInsight insight) {
		this.search = search;
		this.insight = insight;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String guide,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer difficulty, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean exact, HttpServletRequest request, Model model) {
		SearchFilters filters = new SearchFilters(guide, topic, tag, difficulty);
		SearchResults results = this.search.search(q, filters, page, PAGE_SIZE, exact);
		if (page == 0 && filters.isEmpty()) {
			String query = results.query();
			long total = results.total();
			KeptPages.onEveryServing(request, () -> this.insight.record(query, total));
		}
		model.addAttribute("results", results);
		model.addAttribute("query", results.query());
		model.addAttribute("guideFilter", guide);
		model.addAttribute("topicFilter", topic);
		model.addAttribute("tagFilter", filters.tag());
		model.addAttribute("difficultyFilter", filters.difficulty());
		if (results.total() == 0) {
			KeptPages.notKept(request);
			model.addAttribute("popular", this.insight.popular(POPULAR));
			model.addAttribute("topics", this.search.topics());
		}
		model.addAttribute("pages", (int) Math.min(100, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "search/results";
	}

}
