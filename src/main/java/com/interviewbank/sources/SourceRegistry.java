package com.interviewbank.sources;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.imports.GuideSlugs;
import com.interviewbank.imports.ImportConflictException;
import com.interviewbank.system.NotFoundException;

/**
 * The Git sources admins register: one per guide, its URL ({@code https}, {@code http} or
 * {@code file}), branch, path and index; the access token encrypted at once and never given back;
 * the webhook secret made at registration (or given) and shown once.
 */
@Service
public class SourceRegistry {

	/**
	 * What an admin sends; on an update, a null field keeps its value, and an empty token removes it.
	 */
	public record SourceForm(String guide, String url, String branch, String path, String index, String webUrl,
			Boolean autoApply, String token, String webhookSecret) {
	}

	private final GitSourceRepository sources;

	private final GuideRepository guides;

	private final SecretBox secrets;

	private final GitFetcher fetcher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SourceRegistry(GitSourceRepository sources, GuideRepository guides, SecretBox secrets, GitFetcher fetcher,
			Clock clock) {
		this.sources = sources;
		this.guides = guides;
		this.secrets = secrets;
		this.fetcher = fetcher;
		this.clock = clock;
	}

	/**
	 * @throws InvalidSourceException for a URL, branch or path the bank does not take
	 * @throws ImportConflictException when another source feeds the guide
	 */
	@Transactional
	public GitSource register(SourceForm form) {
		String secret = blank(form.webhookSecret()) ? HexFormat.of().formatHex(randomBytes()) : form.webhookSecret().strip();
		GitSource source = new GitSource(form.guide(), secret, this.clock.instant());
		describe(source, form, true);
		return this.sources.save(source);
	}

	@Transactional
	public GitSource update(long id, SourceForm form) {
		GitSource source = get(id);
		describe(source, form, false);
		if (!blank(form.webhookSecret())) {
			source.keepWebhookSecret(form.webhookSecret().strip());
		}
		return source;
	}

	@Transactional
	public void delete(long id) {
		GitSource source = get(id);
		this.sources.delete(source);
		this.fetcher.forget(source);
	}

	public List<GitSource> all() {
		return this.sources.findAllByOrderByGuideSlug();
	}

	public GitSource get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("No source " + id));
	}

	/** The commit the guide's live version was read from, or null. */
	@Transactional(readOnly = true)
	public String liveCommit(GitSource source) {
		return this.guides.findBySlug(source.getGuideSlug())
			.map(Guide::getActiveVersion)
			.map(GuideVersion::getCommitId)
			.orElse(null);
	}

	/** The secret a webhook of this source is signed with: for its registration only. */
	public String webhookSecret(GitSource source) {
		return source.getWebhookSecret();
	}

	private void describe(GitSource source, SourceForm form, boolean creating) {
		String guide = pick(form.guide(), source.getGuideSlug());
		GuideSlugs.check(guide);
		this.sources.findByGuideSlug(guide)
			.filter(other -> !other.getId().equals(source.getId()))
			.ifPresent(other -> {
				throw new ImportConflictException("Source " + other.getId() + " already feeds the guide “" + guide + "”.");
			});
		String url = pick(form.url(), source.getUrl());
		if (url == null || !url.strip().toLowerCase(Locale.ROOT).matches("^(https?|file)://.+")) {
			throw new InvalidSourceException("Give the repository's URL, starting with https://, http:// or file://.");
		}
		if (url.matches("^https?://[^/]*@.*")) {
			throw new InvalidSourceException("Put no credentials in the URL: give the token in its own field.");
		}
		String branch = pick(form.branch(), source.getBranch() != null ? source.getBranch() : "main");
		if (!branch.matches("[A-Za-z0-9._/-]{1,200}") || branch.contains("..")) {
			throw new InvalidSourceException("“" + branch + "” is not a branch name.");
		}
		String path = pick(form.path(), source.getPath() != null ? source.getPath() : "").strip().replaceAll("^/+|/+$", "");
		if (("/" + path + "/").contains("/../")) {
			throw new InvalidSourceException("The path must stay inside the repository.");
		}
		String index = blankToNull(pick(form.index(), source.getIndexFile()));
		String webUrl = blankToNull(pick(form.webUrl(), source.getWebUrl()));
		if (webUrl != null && !webUrl.matches("^https?://.+")) {
			throw new InvalidSourceException("The web URL must start with https:// or http://.");
		}
		boolean autoApply = form.autoApply() != null ? form.autoApply() : !creating && source.isAutoApply();
		source.describe(guide, url.strip(), branch, path, index, webUrl, autoApply);
		if (form.webUrl() != null) {
			// the source's web URL is the guide's source address, which relative links resolve against
			String address = SourceChecks.webAddress(source);
			this.guides.findBySlug(guide).ifPresent(known -> known.sourceWebUrl(address, this.clock.instant()));
		}
		if (form.token() != null) {
			source.keepToken(form.token().isBlank() ? null : this.secrets.encrypt(form.token().strip()));
		}
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static String pick(String given, String current) {
		return given != null ? given.strip() : current;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text;
	}

}
