package com.interviewbank.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.interviewbank.search.SearchInsight;

/**
 * The admin's start page: what readers search for, and what they did not find.
 */
@Controller
class AdminController {

	private final SearchInsight insight;

	AdminController(SearchInsight insight) {
		this.insight = insight;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		SearchInsight.Report report = this.insight.report();
		model.addAttribute("report", report);
		model.addAttribute("chart", BarChart.of(report.frequent(), 10));
		return "admin/home";
	}

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

}
