package com.interviewbank.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideChanged;
import com.interviewbank.guide.GuideLanguageChanged;
import com.interviewbank.guide.GuideRemoved;
import com.interviewbank.guide.GuideRenamed;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;
import com.interviewbank.guide.GuideVersionRepository;
import com.interviewbank.guide.GuideVersionSourceRepository;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.SlugAlias;
import com.interviewbank.guide.SlugAliasRepository;
import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.ParsedGuide;
import com.interviewbank.markdown.QuestionForm;
import com.interviewbank.markdown.SeveralFilesParser;
import com.interviewbank.system.NotFoundException;

/**
 * What an admin decides about a guide besides its content: its title, language and licence line,
 * its outline (topic and question levels), whether readers see it, deleting it, and restoring an
 * earlier version (as a new dry run, like any import).
 */
@Service
public class GuideManagement {

	private final GuideRepository guides;

	private final GuideVersionRepository versions;

	private final QuestionRepository questions;

	private final SlugAliasRepository aliases;

	private final ImportService imports;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final GuideParser parser;

	private final SeveralFilesParser severalFiles;

	private final GuideVersionSourceRepository sources;

	GuideManagement(GuideRepository guides, GuideVersionRepository versions, GuideVersionSourceRepository sources,
			QuestionRepository questions, SlugAliasRepository aliases, ImportService imports, EntityManager entityManager,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions, GuideParser parser,
			SeveralFilesParser severalFiles) {
		this.sources = sources;
		this.transactions = transactions;
		this.parser = parser;
		this.severalFiles = severalFiles;
		this.guides = guides;
		this.versions = versions;
		this.questions = questions;
		this.aliases = aliases;
		this.imports = imports;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
	}

	/** A guide as the admin page shows it, with its versions newest first. */
	public record GuideDetails(Guide guide, List<GuideVersion> versions) {
	}

	@Transactional(readOnly = true)
	public List<Guide> all() {
		return this.guides.findAllForAdmin();
	}

	/** Slugs that break {@link GuideSlugs}' rule, left by imports from before it was enforced. */
	@Transactional(readOnly = true)
	public List<String> unreachableSlugs() {
		return this.guides.findAllForAdmin().stream().map(Guide::getSlug).filter(slug -> !GuideSlugs.isValid(slug)).toList();
	}

	@Transactional(readOnly = true)
	public GuideDetails details(String slug) {
		Guide guide = guide(slug);
		return new GuideDetails(guide, this.versions.findByGuideOrderByNumberDesc(guide));
	}

	/**
	 * Keeps the admin's title, language and licence line; a title or language cleared is read from
	 * the active version's source again at once, not at the next import. A new language has the
	 * search index analyse the guide's questions again.
	 * @throws InvalidGuideDetailsException if a value is longer than the bank keeps
	 * @throws InvalidLanguageException if the language is not a language code; nothing is changed
	 */
	@Transactional
	public void describe(String slug, String title, String language, String attribution) {
		checkLength("title", title, 500);
		checkLength("language", language, 16);
		checkLength("licence line", attribution, 1000);
		Guide guide = guide(slug);
		String before = guide.getLanguage();
		Instant now = this.clock.instant();
		guide.describe(title, languageCode(language), attribution, now);
		GuideVersion active = guide.getActiveVersion();
		if (active != null && (guide.getTitleOverride() == null || guide.getLanguageOverride() == null)) {
			ParsedGuide source = readAsImported(guide, active);
			guide.activate(active, source.title(), source.language(), now);
		}
		if (active != null && !java.util.Objects.equals(guide.getLanguage(), before)) {
			this.events.publishEvent(new GuideLanguageChanged(slug, this.questions.idsInVersion(active.getId())));
		}
		this.events.publishEvent(new GuideChanged(slug));
	}

	/**
	 * The active version read the way it was imported: a guide of several files from its files (its
	 * stored source joins them, and read as one file it has another title), else its Markdown.
	 */
	private ParsedGuide readAsImported(Guide guide, GuideVersion version) {
		if (version.getSourceBundle() != null) {
			return this.severalFiles.parse(guide.getSlug(), GuideZip.readKept(version.getSourceBundle()),
					guide.outline(), version.outline(), version.getSourceWebUrl()).guide();
		}
		return this.parser.parse(guide.getSlug() + ".md", this.sources.sourceOf(version).getBytes(StandardCharsets.UTF_8));
	}

	private static void checkLength(String what, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidGuideDetailsException("The " + what + " can be at most " + max + " characters.");
		}
	}

	/**
	 * The code of a language an admin typed, lower case and without its region ({@code zh-CN} is
	 * {@code zh}), as the pages' {@code lang} and the search analysis read it; blank for none.
	 * @throws InvalidLanguageException if it is not a language code
	 */
	static String languageCode(String language) {
		String typed = language == null ? "" : language.strip();
		if (typed.isEmpty()) {
			return typed;
		}
		if (!typed.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
			throw new InvalidLanguageException("A language is a code such as en, zh or ru, not “" + typed + "”.");
		}
		return typed.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
	}

	@Transactional
	public void publish(String slug, boolean published) {
		guide(slug).publish(published, this.clock.instant());
		this.events.publishEvent(new GuideChanged(slug));
	}

	/** Keeps the outline for the guide's next imports and previews the active source read with it. */
	public ImportOutcome outline(String slug, Integer topicLevel, Integer questionLevel, String admin) {
		return outline(slug, topicLevel, questionLevel, null, admin);
	}

	/**
	 * Keeps the levels and question form for the guide's next imports (null: read from the document)
	 * and previews the active source read with them.
	 */
	public ImportOutcome outline(String slug, Integer topicLevel, Integer questionLevel, QuestionForm form,
			String admin) {
		return readAgain(slug, admin, guide -> guide.outline(topicLevel, questionLevel, form));
	}

	/**
	 * Keeps the web address the guide's relative links resolve against (blank for none) and
	 * previews the active source read with it: links that were text become links.
	 * @throws InvalidGuideDetailsException if it is not an http(s) address; nothing is changed
	 */
	public ImportOutcome sourceWebUrl(String slug, String url, String admin) {
		String address = webAddress(url);
		return readAgain(slug, admin, guide -> guide.sourceWebUrl(address, this.clock.instant()));
	}

	/** An absolute http(s) address ending in {@code /}, so that a path resolves inside it; null for blank. */
	static String webAddress(String url) {
		String typed = url == null ? "" : url.strip();
		if (typed.isEmpty()) {
			return null;
		}
		checkLength("source address", typed, 1000);
		try {
			java.net.URI uri = new java.net.URI(typed);
			if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					|| uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new java.net.URISyntaxException(typed, "not a web address");
			}
		}
		catch (java.net.URISyntaxException ex) {
			throw new InvalidGuideDetailsException(
					"The source address must be a web address such as https://github.com/owner/repo/blob/main/, not “" + typed + "”.");
		}
		return typed.endsWith("/") ? typed : typed + "/";
	}

	/** A dry run of an earlier version's source, to review and apply as a new version. */
	public ImportOutcome restore(String slug, int number, String admin) {
		GuideVersion version = versionOf(slug, number);
		return this.imports.run(dryRunOf(version, slug, slug + "-version-" + number + ".md", admin));
	}

	/**
	 * Changes the guide, then dry-runs its active version's source again: its files and commit for a
	 * guide of several files, else its Markdown.
	 */
	private ImportOutcome readAgain(String slug, String admin, java.util.function.Consumer<Guide> change) {
		ImportRequest request = this.transactions.execute(status -> {
			Guide guide = guide(slug);
			change.accept(guide);
			if (guide.getActiveVersion() == null) {
				throw new NotFoundException("The guide has no version to read again.");
			}
			return dryRunOf(guide.getActiveVersion(), slug, slug + ".md", admin);
		});
		return this.imports.run(request);
	}

	private ImportRequest dryRunOf(GuideVersion version, String slug, String fileName, String admin) {
		if (version.getSourceBundle() != null) {
			ImportRequest.FromCommit commit = version.getCommitId() != null
					? new ImportRequest.FromCommit(null, version.getCommitId(), java.util.List.of()) : null;
			return ImportRequest.ofFiles(ImportRun.Source.UPLOAD, slug, GuideZip.readKept(version.getSourceBundle()),
					slug, admin, true, commit);
		}
		return new ImportRequest(ImportRun.Source.UPLOAD, fileName,
				this.sources.sourceOf(version).getBytes(StandardCharsets.UTF_8), slug, admin, true);
	}

	/**
	 * Gives a guide a new slug; its old one answers 301 to it, pages and API alike.
	 * @throws InvalidSlugException if the new slug is not a slug
	 * @throws ImportConflictException if another guide has it
	 */
	@Transactional
	public void rename(String slug, String newSlug) {
		String wanted = newSlug == null ? "" : newSlug.strip();
		GuideSlugs.check(wanted);
		if (this.guides.findBySlug(wanted).isPresent()) {
			throw new ImportConflictException("The slug “" + wanted + "” is taken by another guide.");
		}
		Guide guide = guide(slug);
		this.aliases.findGuideAlias(wanted).ifPresent(this.aliases::delete);
		guide.rename(wanted, this.clock.instant());
		this.aliases.save(SlugAlias.forGuide(guide, slug, this.clock.instant()));
		if (guide.getActiveVersion() != null) {
			this.events.publishEvent(new GuideRenamed(wanted, this.questions.idsInVersion(guide.getActiveVersion().getId())));
		}
	}

	/** Deletes a guide with all its versions; its import history stays. */
	@Transactional
	public void delete(String slug) {
		Guide guide = guide(slug);
		List<Long> questionIds = new ArrayList<>();
		List<GuideVersion> all = this.versions.findByGuideOrderByNumberDesc(guide);
		all.forEach(version -> questionIds.addAll(this.questions.idsInVersion(version.getId())));
		guide.deactivate();
		this.entityManager.flush();
		this.aliases.deleteByGuide(guide);
		this.versions.deleteAll(all);
		this.guides.delete(guide);
		this.events.publishEvent(new GuideRemoved(slug, questionIds));
	}

	private GuideVersion versionOf(String slug, int number) {
		return this.transactions.execute(status -> this.versions.findByGuideAndNumber(guide(slug), number)
			.orElseThrow(() -> new NotFoundException("No version " + number + " of " + slug)));
	}

	private Guide guide(String slug) {
		return this.guides.findBySlug(slug).orElseThrow(() -> new NotFoundException("No guide “" + slug + "”"));
	}

}
