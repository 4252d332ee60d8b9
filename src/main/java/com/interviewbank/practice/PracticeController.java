package com.interviewbank.practice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Practice one question at a time, and interviewers' sets shared by link. What a reader knows
 * lives in their browser (see practice.js and question-set.js), so these pages hold no state.
 */
@Controller
class PracticeController {

	private final PracticeService practice;

	PracticeController(PracticeService practice) {
		this.practice = practice;
	}

	@GetMapping("/practice")
	String practice(@RequestParam(name = "guide", required = false) String guide,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "tag", required = false) String tag,
			@RequestParam(name = "difficulty", required = false) Integer difficulty, Model model) {
		model.addAttribute("deck", this.practice.deck(blankToNull(guide), blankToNull(topic), tag, difficulty));
		return "practice/practice";
	}

	@GetMapping("/set")
	String set(@RequestParam(name = "ids", required = false) String ids, Model model) {
		model.addAttribute("set", this.practice.set(ids));
		model.addAttribute("ids", ids == null ? "" : ids);
		return "practice/set";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
