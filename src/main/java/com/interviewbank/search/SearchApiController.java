package com.interviewbank.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search} and {@code GET /api/search/suggest}: the JSON of docs/ARCHITECTURE.md ("JSON API").
 */
@RestController
@RequestMapping("/api/search")
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping
	SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String guide,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer difficulty, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size) {
		return this.search.search(q, new SearchFilters(guide, topic, tag, difficulty), page, size);
	}

	@GetMapping("/suggest")
	List<SearchService.Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
		return this.search.suggest(q);
	}

}
