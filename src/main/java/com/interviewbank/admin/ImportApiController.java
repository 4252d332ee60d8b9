package com.interviewbank.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import com.interviewbank.imports.Uploads;
import com.interviewbank.imports.ImportRun;
import com.interviewbank.imports.ImportRunRepository;
import com.interviewbank.imports.ImportService;

/**
 * Imports for automation: a Markdown body or a multipart file, a dry run by default, applied
 * later by its id; and the history of imports.
 */
@RestController
@RequestMapping("/admin/api/imports")
class ImportApiController {

	private final ImportService imports;

	private final ImportRunRepository runs;

	private final JsonMapper json;

	private final Uploads uploads;

	ImportApiController(ImportService imports, ImportRunRepository runs, JsonMapper json, Uploads uploads) {
		this.imports = imports;
		this.uploads = uploads;
		this.runs = runs;
		this.json = json;
	}

	/** An empty body is the importer's to refuse (422, like an empty file), not a 400. */
	@PostMapping(consumes = { "text/markdown", "text/x-markdown" })
	ImportReport importMarkdown(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String guide,
			@RequestParam(defaultValue = "true") boolean dryRun, Principal admin) {
		String fileName = (guide == null || guide.isBlank() ? "guide" : guide) + ".md";
		return run(fileName, body == null ? new byte[0] : body, guide, dryRun, admin);
	}

	/**
	 * A guide of several files as a zip (docs/ARCHITECTURE.md, "Guides of several files"). The body is
	 * required so that a request with none is the Markdown endpoint's, not ambiguous between the two.
	 */
	@PostMapping(consumes = { "application/zip", "application/x-zip-compressed" })
	ImportReport importZip(@RequestBody byte[] body, @RequestParam(required = false) String guide,
			@RequestParam(defaultValue = "true") boolean dryRun, Principal admin) {
		String fileName = (guide == null || guide.isBlank() ? "guide" : guide) + ".zip";
		return run(fileName, body, guide, dryRun, admin);
	}

	/** One guide per request: a multipart body with any other number of files is refused, not trimmed. */
	@PostMapping(consumes = "multipart/form-data")
	ImportReport importFile(@RequestParam("file") MultipartFile file, MultipartHttpServletRequest upload,
			@RequestParam(required = false) String guide, @RequestParam(defaultValue = "true") boolean dryRun,
			Principal admin) throws IOException {
		requireOneFile(upload);
		String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "guide.md"
				: file.getOriginalFilename();
		return run(fileName, file.getBytes(), guide, dryRun, admin);
	}

	@PostMapping("/{id}/apply")
	ImportReport apply(@PathVariable long id, Principal admin) {
		return ImportReport.of(this.imports.apply(id, admin.getName()));
	}

	@GetMapping
	List<ImportReport> history() {
		return this.runs.findAllByOrderByStartedAtDescIdDesc().stream().map(run -> ImportReport.of(run, this.json)).toList();
	}

	private static void requireOneFile(MultipartHttpServletRequest upload) {
		long files = upload.getMultiFileMap().values().stream().mapToLong(List::size).sum();
		if (files != 1) {
			throw new WrongUploadException(
					"Send exactly one guide, as the part named \"file\"; this request has " + files + " files.");
		}
	}

	private ImportReport run(String fileName, byte[] bytes, String guide, boolean dryRun, Principal admin) {
		String slug = guide == null || guide.isBlank() ? null : guide;
		return ImportReport.of(
				this.imports.run(this.uploads.request(ImportRun.Source.API, fileName, bytes, slug, admin.getName(), dryRun)));
	}

}
