package com.interviewbank.browse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.interviewbank.system.NotFoundException;

/**
 * The home page and the random question.
 */
@Controller
class HomeController {

	private final BrowseService browse;

	HomeController(BrowseService browse) {
		this.browse = browse;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("guides", this.browse.guides());
		return "browse/home";
	}

	@GetMapping("/random")
	ResponseEntity<Void> random() {
		String path = this.browse.randomQuestionPath()
			.orElseThrow(() -> new NotFoundException("The bank has no questions yet."));
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, path)
			.cacheControl(CacheControl.noStore())
			.build();
	}

}
