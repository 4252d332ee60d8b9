package com.interviewbank.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search results page. Each search submitted here is counted for the admins' insight.
 */
@Controller
class SearchController {

	private static final int PAGE_SIZE = 10;

	private final SearchService search;

	private final SearchInsight insight;

	SearchController(SearchService search, SearchInsight insight) {
		this.search = search;
		this.insight = insight;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String guide,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer difficulty, @RequestParam(defaultValue = "0") int page, Model model) {
		SearchFilters filters = new SearchFilters(guide, topic, tag, difficulty);
		SearchResults results = this.search.search(q, filters, page, PAGE_SIZE);
		if (page == 0 && filters.isEmpty()) {
			this.insight.record(results);
		}
		model.addAttribute("results", results);
		model.addAttribute("query", results.query());
		model.addAttribute("guideFilter", guide);
		model.addAttribute("topicFilter", topic);
		model.addAttribute("tagFilter", filters.tag());
		model.addAttribute("difficultyFilter", filters.difficulty());
		model.addAttribute("pages", (int) Math.min(100, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "search/results";
	}

}
