package com.interviewbank.admin;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.interviewbank.sources.GitSource;
import com.interviewbank.sources.SourceChecks;
import com.interviewbank.sources.SourceRegistry;

/**
 * Git sources for automation (docs/ARCHITECTURE.md, "JSON API"): register, list, change, delete, and
 * check for updates (a dry run of the branch's head or of {@code ref}, applied as any dry run).
 * A token goes in and never comes out; the webhook secret comes out once, at registration.
 */
@RestController
@RequestMapping("/admin/api/sources")
class SourceApiController {

	/** A source as the API shows it: no token, only whether it has one. */
	record SourceView(long id, String guide, String url, String branch, String path, String index, String webUrl,
			boolean autoApply, boolean hasToken, String lastCommit, Instant lastCheckedAt, String webhookSecret) {
	}

	private final SourceRegistry registry;

	private final SourceChecks checks;

	SourceApiController(SourceRegistry registry, SourceChecks checks) {
		this.registry = registry;
		this.checks = checks;
	}

	@PostMapping
	ResponseEntity<SourceView> register(@RequestBody SourceRegistry.SourceForm form) {
		GitSource source = this.registry.register(form);
		return ResponseEntity.status(HttpStatus.CREATED).body(view(source, this.registry.webhookSecret(source)));
	}

	@GetMapping
	List<SourceView> all() {
		return this.registry.all().stream().map(source -> view(source, null)).toList();
	}

	@GetMapping("/{id}")
	SourceView one(@PathVariable long id) {
		return view(this.registry.get(id), null);
	}

	/** A new webhook secret, when one is given, is the admin's own: it is not echoed. */
	@PutMapping("/{id}")
	SourceView update(@PathVariable long id, @RequestBody SourceRegistry.SourceForm form) {
		return view(this.registry.update(id, form), null);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.registry.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/check")
	ImportReport check(@PathVariable long id, @RequestParam(required = false) String ref, Principal admin) {
		return ImportReport.of(this.checks.check(id, ref == null || ref.isBlank() ? null : ref, admin.getName()));
	}

	private SourceView view(GitSource source, String webhookSecret) {
		return new SourceView(source.getId(), source.getGuideSlug(), source.getUrl(), source.getBranch(),
				source.getPath(), source.getIndexFile(), source.getWebUrl(), source.isAutoApply(), source.hasToken(),
				this.registry.liveCommit(source), source.getLastCheckedAt(), webhookSecret);
	}

}
