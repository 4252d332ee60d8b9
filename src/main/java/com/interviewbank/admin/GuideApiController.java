package com.interviewbank.admin;

import java.security.Principal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.interviewbank.imports.GuideManagement;

/**
 * Guide management for automation: the source address a guide's relative links resolve against.
 */
@RestController
@RequestMapping("/admin/api/guides")
class GuideApiController {

	private final GuideManagement guides;

	GuideApiController(GuideManagement guides) {
		this.guides = guides;
	}

	/** The address of the guide's folder on the web, or null (or blank) for none. */
	record SourceAddress(String sourceWebUrl) {
	}

	/** Keeps the address and answers with a dry run of the active source read with it, to apply as any. */
	@PutMapping("/{slug}/source-web-url")
	ImportReport sourceWebUrl(@PathVariable String slug, @RequestBody SourceAddress address, Principal admin) {
		return ImportReport.of(this.guides.sourceWebUrl(slug, address.sourceWebUrl(), admin.getName()));
	}

}
