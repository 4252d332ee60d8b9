package com.interviewbank.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.interviewbank.imports.ContentFolderImport;
import com.interviewbank.imports.ImportConflictException;
import com.interviewbank.imports.ImportFailedException;
import com.interviewbank.imports.ImportOutcome;
import com.interviewbank.imports.ImportProgress;
import com.interviewbank.imports.Uploads;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportRunRepository;
import com.interviewbank.imports.ImportService;
import com.interviewbank.imports.InvalidSlugException;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.system.NotFoundException;

/**
 * Importing in the admin pages: upload a guide or rescan {@code content/}, review the dry run's
 * diff, then apply or discard it.
 */
@Controller
class AdminImportController {

	private final ImportService imports;

	private final ContentFolderImport content;

	private final ImportRunRepository runs;

	private final JsonMapper json;

	private final ImportProgress progress;

	private final Uploads uploads;

	AdminImportController(ImportService imports, ContentFolderImport content, ImportRunRepository runs, JsonMapper json,
			ImportProgress progress, Uploads uploads) {
		this.progress = progress;
		this.uploads = uploads;
		this.imports = imports;
		this.content = content;
		this.runs = runs;
		this.json = json;
	}

	@PostMapping("/admin/imports")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String guide,
			Principal admin, RedirectAttributes flash) throws IOException {
		if (file.isEmpty()) {
			flash.addFlashAttribute("error", "Choose a Markdown file to upload.");
			return "redirect:/admin";
		}
		String name = file.getOriginalFilename() == null ? "guide.md" : file.getOriginalFilename();
		String slug = guide == null || guide.isBlank() ? null : guide.strip();
		try {
			ImportOutcome outcome = this.imports
				.run(this.uploads.request(ImportRun.Source.UPLOAD, name, file.getBytes(), slug, admin.getName(), true));
			return "redirect:/admin/imports/" + outcome.run().getId();
		}
		catch (RejectedGuideException | ImportConflictException | ImportFailedException | InvalidSlugException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin";
		}
	}

	/** The running import's phase, polled by the admin page while an upload is on its way. */
	@GetMapping(value = "/admin/imports/progress", produces = "application/json")
	@org.springframework.web.bind.annotation.ResponseBody
	ImportProgress.Snapshot progress() {
		return this.progress.snapshot();
	}

	@PostMapping("/admin/rescan")
	String rescan(Principal admin, RedirectAttributes flash) {
		List<ImportOutcome> previews = this.content.previewChanges(admin.getName());
		flash.addFlashAttribute("message", previews.isEmpty() ? "content/ has no new or changed guide."
				: previews.size() + " new or changed guide(s) in content/: review each dry run below.");
		return "redirect:/admin";
	}

	@GetMapping("/admin/imports/{id}")
	String show(@PathVariable long id, Model model) {
		ImportRun run = this.runs.findById(id).orElseThrow(() -> new NotFoundException("No import " + id));
		model.addAttribute("run", run);
		model.addAttribute("report", ImportReport.of(run, this.json));
		model.addAttribute("pending", run.getStatus() == ImportRun.Status.DRY_RUN && run.getSourceMarkdown() != null);
		return "admin/import";
	}

	@PostMapping("/admin/imports/{id}/apply")
	String apply(@PathVariable long id, Principal admin, RedirectAttributes flash) {
		try {
			this.imports.apply(id, admin.getName());
			flash.addFlashAttribute("message", "Applied: readers now see the new version.");
		}
		catch (RejectedGuideException | ImportConflictException | ImportFailedException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/imports/" + id;
	}

	@PostMapping("/admin/imports/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes flash) {
		this.imports.discard(id);
		flash.addFlashAttribute("message", "Discarded: nothing was changed.");
		return "redirect:/admin";
	}

	/** An upload the browser sent broken or too large: back to the page with a notice. */
	@ExceptionHandler(MultipartException.class)
	String unreadableUpload(MultipartException ex, RedirectAttributes flash) {
		flash.addFlashAttribute("error", ex instanceof MaxUploadSizeExceededException
				? "The file is larger than the bank accepts." : "The upload could not be read; try again.");
		return "redirect:/admin";
	}

}
