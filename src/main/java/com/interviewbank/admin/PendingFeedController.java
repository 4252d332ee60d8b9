package com.interviewbank.admin;

import java.time.Clock;
import java.time.Instant;
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

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.interviewbank.imports.ImportRequest;
import com.interviewbank.imports.PendingChecks;
import com.interviewbank.imports.VersionDiff;

/**
 * The Atom feed of source checks waiting for an admin: each with its guide, commit range, counts
 * and a link to the import page that reviews and applies it. Admin-only: from the admin's session
 * at {@code /admin/sources/pending.atom}, or with an API token at
 * {@code /admin/api/sources/pending.atom} (for feed readers that send a bearer token).
 */
@RestController
class PendingFeedController {

	static final String PATH = "/admin/sources/pending.atom";

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PendingChecks pending;

	private final Clock clock;

	PendingFeedController(PendingChecks pending, Clock clock) {
		this.pending = pending;
		this.clock = clock;
	}

	@GetMapping({ PATH, "/admin/api/sources/pending.atom" })
	ResponseEntity<String> feed() throws FeedException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<PendingChecks.Pending> checks = this.pending.all();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle("Interview Bank: source checks waiting for an admin");
		feed.setLink(base + "/admin/sources");
		feed.setUri(base + PATH);
		feed.setDescription("Dry runs of Git sources that wait to be reviewed and applied");
		List<SyndEntry> entries = new ArrayList<>();
		for (PendingChecks.Pending check : checks) {
			entries.add(entry(base, check));
		}
		feed.setEntries(entries);
		feed.setPublishedDate(Date.from(checks.isEmpty() ? this.clock.instant() : when(checks.get(0))));
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.noStore())
			.body(new SyndFeedOutput().outputString(feed));
	}

	private static SyndEntry entry(String base, PendingChecks.Pending check) {
		String page = base + "/admin/imports/" + check.run().getId();
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(check.run().getGuideSlug() + ": " + range(check));
		entry.setLink(page);
		entry.setUri(page);
		entry.setPublishedDate(Date.from(when(check)));
		entry.setUpdatedDate(Date.from(when(check)));
		SyndContent summary = new SyndContentImpl();
		summary.setType("text/plain");
		summary.setValue(summary(check));
		entry.setDescription(summary);
		return entry;
	}

	/** {@code abc1234..def5678}, or the commit alone for a guide's first import. */
	static String range(PendingChecks.Pending check) {
		String to = shortId(check.run().getCommitId());
		return check.fromCommit() == null ? "commit " + to : shortId(check.fromCommit()) + ".." + to;
	}

	static String summary(PendingChecks.Pending check) {
		VersionDiff diff = check.diff();
		StringBuilder text = new StringBuilder("%d added, %d changed, %d removed, %d moved, %d renamed".formatted(
				diff.added().size(), diff.changed().size(), diff.removed().size(), diff.moved().size(),
				diff.renamed().size()));
		for (ImportRequest.CommitNote commit : check.commits()) {
			text.append('\n').append(shortId(commit.id())).append(' ').append(commit.message());
		}
		return text.toString();
	}

	private static Instant when(PendingChecks.Pending check) {
		return check.run().getFinishedAt() != null ? check.run().getFinishedAt() : check.run().getStartedAt();
	}

	private static String shortId(String commit) {
		return commit == null ? "?" : commit.substring(0, Math.min(7, commit.length()));
	}

}
