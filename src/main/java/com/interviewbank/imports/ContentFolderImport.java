package com.interviewbank.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.SlugAliasRepository;
import com.interviewbank.markdown.GuideFiles;
import com.interviewbank.markdown.RejectedGuideException;

/**
 * At start-up, before the web server takes its first request, imports each Markdown file of {@code content/}, and each
 * subfolder as one guide of several files, whose guide does not exist yet, or whose file (or
 * folder) changed since it was last imported from there. A newer version an admin uploaded is
 * never replaced by the older file at the next start: only a change of the file itself counts.
 */
@Component
public class ContentFolderImport implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ContentFolderImport.class);

	private final ContentFolderProperties properties;

	private final ImportService imports;

	private final GuideRepository guides;

	private final SlugAliasRepository aliases;

	private final SeveralFilesProperties limits;

	ContentFolderImport(ContentFolderProperties properties, ImportService imports, GuideRepository guides,
			SlugAliasRepository aliases, SeveralFilesProperties limits) {
		this.limits = limits;
		this.aliases = aliases;
		this.properties = properties;
		this.imports = imports;
		this.guides = guides;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.importContentAtStartup()) {
			importContent();
		}
	}

	/** Imports what is new or changed in {@code content/}; returns how many guides it applied. */
	int importContent() {
		return (int) changedFiles(false, "content/").stream().filter(ImportOutcome::applied).count();
	}

	/** Dry runs of what is new or changed in {@code content/}, for an admin to review and apply. */
	public List<ImportOutcome> previewChanges(String admin) {
		return changedFiles(true, admin);
	}

	private List<ImportOutcome> changedFiles(boolean dryRun, String actor) {
		List<ImportOutcome> outcomes = new java.util.ArrayList<>();
		for (Path file : guidePaths()) {
			try {
				String name = file.getFileName().toString();
				boolean folder = Files.isDirectory(file);
				byte[] bytes = folder ? new byte[0] : Files.readAllBytes(file);
				GuideFiles files = folder ? ContentFolders.read(file, this.limits) : null;
				// A guide an admin renamed still takes its updates from the file it came from.
				String fileSlug = com.interviewbank.markdown.GuideParser.slugOf(folder ? name + ".md" : name);
				String slug = this.aliases.findGuideAlias(fileSlug).map(alias -> alias.getGuide().getSlug()).orElse(fileSlug);
				String checksum = folder ? files.checksum() : com.interviewbank.system.Sha256.of(bytes);
				boolean current = this.guides.findBySlug(slug)
					.map(guide -> checksum.equals(guide.getContentChecksum()))
					.orElse(false);
				if (current) {
					log.debug("{} is unchanged since it was imported", file);
					continue;
				}
				outcomes.add(this.imports.run(folder
						? ImportRequest.ofFiles(ImportRun.Source.CONTENT, name, files, slug, actor, dryRun, null)
						: new ImportRequest(ImportRun.Source.CONTENT, name, bytes, slug, actor, dryRun)));
			}
			catch (RejectedGuideException | ImportFailedException | ImportConflictException ex) {
				log.warn("{} was not imported: {}", file, ex.getMessage());
			}
			catch (IOException ex) {
				log.warn("{} could not be read: {}", file, ex.getMessage());
			}
		}
		return outcomes;
	}

	/** Markdown files, and folders (each a guide of several files), in name order; hidden ones left out. */
	private List<Path> guidePaths() {
		Path dir = this.properties.contentDir();
		if (!Files.isDirectory(dir)) {
			log.info("No content folder at {}: nothing to import at start-up", dir.toAbsolutePath());
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> !file.getFileName().toString().startsWith("."))
				.filter(file -> Files.isDirectory(file)
						|| Files.isRegularFile(file) && GuideFiles.isMarkdown(file.getFileName().toString()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			log.warn("Cannot list {}: {}", dir, ex.getMessage());
			return List.of();
		}
	}

}
