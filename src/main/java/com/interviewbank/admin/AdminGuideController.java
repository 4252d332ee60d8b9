package com.interviewbank.admin;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.interviewbank.imports.GuideManagement;
import com.interviewbank.imports.ImportConflictException;
import com.interviewbank.imports.InvalidLanguageException;
import com.interviewbank.imports.ImportFailedException;
import com.interviewbank.imports.InvalidGuideDetailsException;
import com.interviewbank.imports.InvalidSlugException;
import com.interviewbank.markdown.QuestionForm;
import com.interviewbank.markdown.RejectedGuideException;

/**
 * Managing a guide: title, language, licence line, outline, publication, deletion, and restoring
 * an earlier version. Changing the outline or restoring makes a dry run to review first.
 */
@Controller
class AdminGuideController {

	private final GuideManagement guides;

	AdminGuideController(GuideManagement guides) {
		this.guides = guides;
	}

	@GetMapping("/admin/guides/{slug}")
	String guide(@PathVariable String slug, Model model) {
		model.addAttribute("details", this.guides.details(slug));
		model.addAttribute("questionForms", QuestionForm.values());
		return "admin/guide";
	}

	@PostMapping("/admin/guides/{slug}")
	String describe(@PathVariable String slug, @RequestParam(required = false) String title,
			@RequestParam(required = false) String language, @RequestParam(required = false) String attribution,
			RedirectAttributes flash) {
		try {
			this.guides.describe(slug, title, language, attribution);
			flash.addFlashAttribute("message", "Saved.");
		}
		catch (InvalidGuideDetailsException | InvalidLanguageException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/guides/" + slug;
	}

	@PostMapping("/admin/guides/{slug}/outline")
	String outline(@PathVariable String slug, @RequestParam(required = false) Integer topicLevel,
			@RequestParam(required = false) Integer questionLevel, @RequestParam(required = false) String form,
			Principal admin, RedirectAttributes flash) {
		return previewOr(slug, flash, () -> this.guides
			.outline(slug, level(topicLevel), level(questionLevel), form(form), admin.getName())
			.run()
			.getId());
	}

	@PostMapping("/admin/guides/{slug}/source")
	String sourceWebUrl(@PathVariable String slug, @RequestParam(required = false) String sourceWebUrl, Principal admin,
			RedirectAttributes flash) {
		try {
			return previewOr(slug, flash, () -> this.guides.sourceWebUrl(slug, sourceWebUrl, admin.getName()).run().getId());
		}
		catch (InvalidGuideDetailsException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/guides/" + slug;
		}
	}

	@PostMapping("/admin/guides/{slug}/versions/{number}/restore")
	String restore(@PathVariable String slug, @PathVariable int number, Principal admin, RedirectAttributes flash) {
		return previewOr(slug, flash, () -> this.guides.restore(slug, number, admin.getName()).run().getId());
	}

	@PostMapping("/admin/guides/{slug}/publish")
	String publish(@PathVariable String slug, @RequestParam boolean published, RedirectAttributes flash) {
		this.guides.publish(slug, published);
		flash.addFlashAttribute("message", published ? "Published: readers see it." : "Unpublished: readers no longer see it.");
		return "redirect:/admin/guides/" + slug;
	}

	@PostMapping("/admin/guides/{slug}/rename")
	String rename(@PathVariable String slug, @RequestParam String newSlug, RedirectAttributes flash) {
		try {
			this.guides.rename(slug, newSlug);
			flash.addFlashAttribute("message", "Renamed: links to " + slug + " now lead here.");
			return "redirect:/admin/guides/" + newSlug.strip();
		}
		catch (InvalidSlugException | ImportConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/guides/" + slug;
		}
	}

	@PostMapping("/admin/guides/{slug}/delete")
	String delete(@PathVariable String slug, @RequestParam(defaultValue = "") String confirm, RedirectAttributes flash) {
		if (!slug.equals(confirm)) {
			flash.addFlashAttribute("error", "Type the guide's slug to confirm its deletion.");
			return "redirect:/admin/guides/" + slug;
		}
		this.guides.delete(slug);
		flash.addFlashAttribute("message", "Deleted " + slug + ".");
		return "redirect:/admin";
	}

	/**
	 * Deletes a guide named in a form field rather than the path, so that one whose slug cannot be a
	 * path segment (imported before slugs were checked, such as {@code ../x}) can be removed too.
	 */
	@PostMapping("/admin/guides/delete")
	String deleteAny(@RequestParam String slug, @RequestParam(defaultValue = "") String confirm, RedirectAttributes flash) {
		if (!slug.equals(confirm)) {
			flash.addFlashAttribute("error", "Type the guide's slug to confirm its deletion.");
			return "redirect:/admin";
		}
		this.guides.delete(slug);
		flash.addFlashAttribute("message", "Deleted " + slug + ".");
		return "redirect:/admin";
	}

	/** Levels from a form: empty means "read it from the document". */
	/** A form's name, or null (blank, or a name no form has) to read it from the document. */
	private static QuestionForm form(String name) {
		return java.util.Arrays.stream(QuestionForm.values())
			.filter(form -> form.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static Integer level(Integer value) {
		return value == null || value < 0 ? null : Math.min(6, value);
	}

	private static String previewOr(String slug, RedirectAttributes flash, java.util.function.Supplier<Long> dryRun) {
		try {
			return "redirect:/admin/imports/" + dryRun.get();
		}
		catch (RejectedGuideException | ImportConflictException | ImportFailedException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/guides/" + slug;
		}
	}

}
