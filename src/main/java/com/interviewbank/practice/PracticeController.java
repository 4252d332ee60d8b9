package com.interviewbank.practice;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.interviewbank.system.NotFoundException;

/**
 * Practice one question at a time, and interviewers' sets shared by link. What a reader knows
 * lives in their browser (see practice.js and question-set.js), so these pages hold no state.
 */
@Controller
class PracticeController {

	private final PracticeService practice;

	private final JsonMapper json;

	private final SharedSets sharedSets;

	PracticeController(PracticeService practice, JsonMapper json, SharedSets sharedSets) {
		this.practice = practice;
		this.json = json;
		this.sharedSets = sharedSets;
	}

	@GetMapping("/practice")
	String practice(@RequestParam(name = "guide", required = false) String guide,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "tag", required = false) String tag,
			@RequestParam(name = "difficulty", required = false) Integer difficulty, Model model) {
		PracticeService.Deck deck = this.practice.deck(blankToNull(guide), blankToNull(topic), tag, difficulty);
		model.addAttribute("deck", deck);
		model.addAttribute("deckJson", scriptSafe(this.json.writeValueAsString(deck)));
		return "practice/practice";
	}

	@GetMapping("/set")
	String set(@RequestParam(name = "ids", required = false) String ids,
			@RequestParam(name = "name", required = false) String name, Model model) {
		model.addAttribute("set", this.practice.set(ids));
		model.addAttribute("ids", ids == null ? "" : ids);
		model.addAttribute("setName", blankToNull(name));
		return "practice/set";
	}

	/** A set shared by its short link. */
	@GetMapping("/s/{code}")
	String shared(@PathVariable String code, Model model) {
		SharedSet shared = this.sharedSets.find(code)
			.orElseThrow(() -> new NotFoundException("No set with the link “" + code + "”"));
		model.addAttribute("set", this.practice.set(shared.getIds()));
		model.addAttribute("ids", shared.getIds());
		model.addAttribute("setName", shared.getName());
		model.addAttribute("shortCode", shared.getCode());
		return "practice/set";
	}

	/** JSON that can sit in a {@code <script>} element: no {@code </script>}, no comment opener. */
	private static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
