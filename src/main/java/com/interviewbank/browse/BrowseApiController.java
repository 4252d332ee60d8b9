package com.interviewbank.browse;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of the JSON API: open to everyone, errors as RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/guides")
class BrowseApiController {

	private final BrowseService browse;

	BrowseApiController(BrowseService browse) {
		this.browse = browse;
	}

	@GetMapping
	List<ApiShapes.GuideSummary> guides() {
		return this.browse.guides().stream().map(ApiShapes.GuideSummary::of).toList();
	}

	@GetMapping("/{guideSlug}")
	ApiShapes.GuideDetail guide(@PathVariable String guideSlug) {
		return ApiShapes.GuideDetail.of(this.browse.guide(guideSlug));
	}

	@GetMapping("/{guideSlug}/topics/{topicSlug}")
	ApiShapes.TopicDetail topic(@PathVariable String guideSlug, @PathVariable String topicSlug) {
		return ApiShapes.TopicDetail.of(this.browse.topic(guideSlug, topicSlug));
	}

	@GetMapping("/{guideSlug}/questions/{questionSlug}")
	ApiShapes.QuestionDetail question(@PathVariable String guideSlug, @PathVariable String questionSlug) {
		return ApiShapes.QuestionDetail.of(this.browse.question(guideSlug, questionSlug));
	}

}
