package com.interviewbank.admin;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.interviewbank.imports.ImportConflictException;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.InvalidSlugException;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.sources.FetchFailedException;
import com.interviewbank.sources.GitSource;
import com.interviewbank.sources.InvalidSourceException;
import com.interviewbank.sources.SourceChecks;
import com.interviewbank.sources.SourceRegistry;

/**
 * The admin's Git sources page: register and edit sources, and "Check for updates", which opens
 * the dry run (its diff, commit range and commit messages) on the import page to apply or discard.
 */
@Controller
class AdminSourceController {

	private final SourceRegistry registry;

	private final SourceChecks checks;

	AdminSourceController(SourceRegistry registry, SourceChecks checks) {
		this.registry = registry;
		this.checks = checks;
	}

	@GetMapping("/admin/sources")
	String sources(Model model) {
		model.addAttribute("sources", this.registry.all()
			.stream()
			.map(source -> new SourceApiController.SourceView(source.getId(), source.getGuideSlug(), source.getUrl(),
					source.getBranch(), source.getPath(), source.getIndexFile(), source.getWebUrl(),
					source.isAutoApply(), source.hasToken(), this.registry.liveCommit(source),
					source.getLastCheckedAt(), null))
			.toList());
		model.addAttribute("feedUrl", PendingFeedController.PATH);
		return "admin/sources";
	}

	@PostMapping("/admin/sources")
	String register(SourceFields fields, RedirectAttributes flash) {
		try {
			GitSource source = this.registry.register(fields.form());
			flash.addFlashAttribute("createdId", source.getId());
			flash.addFlashAttribute("createdSecret", this.registry.webhookSecret(source));
		}
		catch (InvalidSourceException | InvalidSlugException | ImportConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/sources";
	}

	@PostMapping("/admin/sources/{id}")
	String update(@PathVariable long id, SourceFields fields, RedirectAttributes flash) {
		try {
			this.registry.update(id, fields.form());
			flash.addFlashAttribute("message", "Saved.");
		}
		catch (InvalidSourceException | InvalidSlugException | ImportConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/sources";
	}

	@PostMapping("/admin/sources/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		this.registry.delete(id);
		flash.addFlashAttribute("message", "Deleted; the guide stays as it is.");
		return "redirect:/admin/sources";
	}

	@PostMapping("/admin/sources/{id}/check")
	String check(@PathVariable long id, @RequestParam(required = false) String ref, Principal admin,
			RedirectAttributes flash) {
		try {
			ImportOutcome outcome = this.checks.check(id, ref == null || ref.isBlank() ? null : ref, admin.getName());
			return "redirect:/admin/imports/" + outcome.run().getId();
		}
		catch (FetchFailedException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/imports/" + ex.importId();
		}
		catch (RejectedGuideException | ImportConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/sources";
		}
	}

	/** The form's fields; an unticked box sends nothing, which here means "off". */
	record SourceFields(String guide, String url, String branch, String path, String index, String webUrl,
			Boolean autoApply, String token) {

		SourceRegistry.SourceForm form() {
			return new SourceRegistry.SourceForm(this.guide, this.url, this.branch, this.path, this.index, this.webUrl,
					this.autoApply != null && this.autoApply, this.token == null || this.token.isBlank() ? null : this.token,
					null);
		}

	}

}
