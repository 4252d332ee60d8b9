package com.interviewbank.browse;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.interviewbank.guide.GuideLinks;

/**
 * A guide's change log: a page, and the same as an Atom feed.
 */
@Controller
class ChangesController {

	private final ChangeLog changes;

	private final BrowseService browse;

	ChangesController(ChangeLog changes, BrowseService browse) {
		this.changes = changes;
		this.browse = browse;
	}

	@GetMapping("/guides/{guideSlug}/changes")
	String changes(@PathVariable("guideSlug") String guide, Model model) {
		model.addAttribute("log", this.changes.of(guide));
		model.addAttribute("guide", this.browse.guide(guide));
		return "browse/changes";
	}

	@GetMapping(value = "/guides/{guideSlug}/changes.atom")
	ResponseEntity<String> feed(@PathVariable("guideSlug") String guide) throws FeedException {
		ChangeLog.Page log = this.changes.of(guide);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String page = base + GuideLinks.guide(log.guideSlug());
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(log.guideTitle() + ": changes");
		feed.setLink(page + "/changes");
		feed.setUri(page + "/changes");
		feed.setDescription("What changed in each version of " + log.guideTitle());
		List<SyndEntry> entries = new ArrayList<>();
		for (ChangeLog.Entry change : log.entries()) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle("Version " + change.version());
			entry.setLink(page + "/changes#version-" + change.version());
			entry.setUri(page + "/changes#version-" + change.version());
			entry.setPublishedDate(Date.from(change.date()));
			entry.setUpdatedDate(Date.from(change.date()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text/plain");
			summary.setValue("%d added, %d changed, %d renamed, %d removed".formatted(change.added().size(),
					change.changed().size(), change.renamed().size(), change.removed().size()));
			entry.setDescription(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		if (!log.entries().isEmpty()) {
			feed.setPublishedDate(Date.from(log.entries().get(0).date()));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(new SyndFeedOutput().outputString(feed));
	}

}
