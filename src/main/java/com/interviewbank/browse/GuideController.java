package com.interviewbank.browse;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A guide's pages: its topics, a topic with all its answers, one question, anchor redirects and
 * the Markdown source.
 */
@Controller
class GuideController {

	private final BrowseService browse;

	GuideController(BrowseService browse) {
		this.browse = browse;
	}

	@GetMapping("/guides/{guideSlug}")
	String guide(@PathVariable("guideSlug") String guide,
			@RequestParam(name = "page", defaultValue = "1") int pageNumber, Model model) {
		model.addAttribute("guide", this.browse.guide(guide));
		model.addAttribute("contents", this.browse.contents(guide, pageNumber));
		return "browse/guide";
	}

	@GetMapping("/guides/{guideSlug}/topics/{topicSlug}")
	String topic(@PathVariable("guideSlug") String guide, @PathVariable("topicSlug") String topic,
			@RequestParam(name = "page", defaultValue = "1") int pageNumber, Model model) {
		PageModels.TopicPage page = this.browse.topicPage(guide, topic, pageNumber);
		model.addAttribute("page", page);
		model.addAttribute("guide", page.guide());
		model.addAttribute("sidebarTopics", this.browse.sidebarTopics(page.guide(), page.slug()));
		return "browse/topic";
	}

	@GetMapping("/guides/{guideSlug}/questions/{questionSlug}")
	String question(@PathVariable("guideSlug") String guide, @PathVariable("questionSlug") String question, Model model) {
		PageModels.QuestionPage page = this.browse.question(guide, question);
		model.addAttribute("page", page);
		model.addAttribute("guide", page.guide());
		model.addAttribute("sidebarTopics", this.browse.sidebarTopics(page.guide(), page.topic().slug()));
		return "browse/question";
	}

	@GetMapping("/guides/{guideSlug}/anchors/{anchor}")
	ResponseEntity<Void> anchor(@PathVariable("guideSlug") String guide, @PathVariable String anchor) {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(this.browse.pageOfAnchor(guide, anchor))).build();
	}

	@GetMapping("/guides/{guideSlug}/source.md")
	ResponseEntity<String> source(@PathVariable("guideSlug") String guide) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.body(this.browse.source(guide));
	}

}
