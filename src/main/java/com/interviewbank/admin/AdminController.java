package com.interviewbank.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportRunRepository;
import com.interviewbank.search.SearchInsight;

/**
 * The admin's start page: imports (upload, rescan, history) and what readers search for.
 */
@Controller
class AdminController {

	private static final int HISTORY = 30;

	private final SearchInsight insight;

	private final ImportRunRepository runs;

	private final GuideManagement guides;

	AdminController(SearchInsight insight, ImportRunRepository runs, GuideManagement guides) {
		this.insight = insight;
		this.runs = runs;
		this.guides = guides;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		SearchInsight.Report report = this.insight.report();
		model.addAttribute("report", report);
		model.addAttribute("chart", BarChart.of(report.frequent(), 10));
		model.addAttribute("guides", this.guides.all());
		model.addAttribute("unreachable", this.guides.unreachableSlugs());
		model.addAttribute("history", this.runs.findAllByOrderByStartedAtDescIdDesc().stream().limit(HISTORY).toList());
		return "admin/home";
	}

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

}
