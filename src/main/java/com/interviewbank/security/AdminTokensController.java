package com.interviewbank.security;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.interviewbank.system.NotFoundException;

/**
 * The admin's page for API tokens: make one (its value shown once, right after), list, revoke.
 */
@Controller
@RequestMapping("/admin/tokens")
class AdminTokensController {

	private final ApiTokens tokens;

	AdminTokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("tokens", this.tokens.list());
		return "admin/tokens";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, Principal admin, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("created", this.tokens.create(name, admin.getName()));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.tokens.revoke(id);
			redirect.addFlashAttribute("message", "Token revoked.");
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", "That token no longer exists.");
		}
		return "redirect:/admin/tokens";
	}

}
