package com.interviewbank.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.springframework.stereotype.Component;

import com.interviewbank.imports.ImportRequest;
import com.interviewbank.imports.SeveralFilesProperties;
import com.interviewbank.markdown.GuideFiles;
import com.interviewbank.system.BankProperties;
import com.interviewbank.system.DaemonThreads;

/**
 * Fetches a source's branch into a bare clone of its own (under the data folder) and reads the
 * guide's files at a commit, within the limits: time to fetch, size of the clone, number and size
 * of the guide's files. Only Markdown files and images under the source's path are read.
 */
@Component
class GitFetcher {

	/** A guide's files at a commit, and the commits since the one the guide was last read from. */
	record Snapshot(String commit, GuideFiles files, List<ImportRequest.CommitNote> commits) {
	}

	/** Why a fetch or read failed, in words for the history. */
	static class FetchException extends Exception {

		FetchException(String message) {
			super(message);
		}

	}

	private static final int MAX_COMMITS_LISTED = 200;

	private final SourcesProperties properties;

	private final SeveralFilesProperties limits;

	private final Path workDir;

	private final ExecutorService fetches = Executors.newCachedThreadPool(DaemonThreads.named("git-fetch-"));

	GitFetcher(SourcesProperties properties, SeveralFilesProperties limits, BankProperties bank) {
		this.properties = properties;
		this.limits = limits;
		this.workDir = bank.dataDir().resolve(properties.workDir()).toAbsolutePath();
	}

	/**
	 * @param ref a commit id or tag, or null for the branch's head
	 * @param since the commit the guide was last read from, or null
	 * @param token an access token, or null
	 */
	Snapshot fetch(GitSource source, String ref, String since, String token) throws FetchException {
		Path dir = cloneOf(source);
		Future<?> fetch = this.fetches.submit(() -> {
			fetchInto(dir, source, token);
			return null;
		});
		try {
			fetch.get(this.properties.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			fetch.cancel(true);
			throw new FetchException("The fetch took longer than " + this.properties.fetchTimeout().toSeconds() + " s.");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw new FetchException(cause instanceof FetchException ? cause.getMessage() : "The fetch failed: " + reason(cause));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("The fetch was interrupted.");
		}
		return read(dir, source, ref, since);
	}

	private void fetchInto(Path dir, GitSource source, String token) throws Exception {
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir);
			Git.init().setBare(true).setDirectory(dir.toFile()).call().close();
		}
		try (Git git = Git.open(dir.toFile())) {
			// JGit would otherwise pack in the background after a fetch, holding a lock the next fetch trips on.
			StoredConfig config = git.getRepository().getConfig();
			config.setInt("gc", null, "auto", 0);
			config.setInt("gc", null, "autopacklimit", 0);
			config.setBoolean("gc", null, "autodetach", false);
			config.save();
			CredentialsProvider credentials = token == null ? null
					: new UsernamePasswordCredentialsProvider("x-access-token", token);
			git.fetch()
				.setRemote(source.getUrl())
				.setRefSpecs("+refs/heads/" + source.getBranch() + ":refs/remotes/origin/" + source.getBranch(),
						"+refs/tags/*:refs/tags/*")
				.setCredentialsProvider(credentials)
				.setTimeout(Math.toIntExact(Math.max(1, this.properties.fetchTimeout().toSeconds())))
				.call();
		}
		long size = sizeOf(dir);
		if (size > this.properties.maxRepositorySize().toBytes()) {
			deleteQuietly(dir);
			throw new FetchException("The repository holds " + size / 1024 / 1024 + " MB, more than "
					+ this.properties.maxRepositorySize() + " (bank.sources.max-repository-size).");
		}
	}

	private Snapshot read(Path dir, GitSource source, String ref, String since) throws FetchException {
		try (Repository repository = Git.open(dir.toFile()).getRepository(); RevWalk walk = new RevWalk(repository)) {
			String wanted = ref != null && !ref.isBlank() ? ref.strip() : "refs/remotes/origin/" + source.getBranch();
			ObjectId id = repository.resolve(wanted + "^{commit}");
			if (id == null) {
				throw new FetchException(ref != null ? "No commit or tag “" + ref + "” on branch " + source.getBranch() + "."
						: "The repository has no branch “" + source.getBranch() + "”.");
			}
			RevCommit commit = walk.parseCommit(id);
			GuideFiles files = filesAt(repository, commit, source);
			return new Snapshot(commit.name(), files, commitsSince(repository, commit, since));
		}
		catch (IOException ex) {
			throw new FetchException("The repository cannot be read: " + reason(ex));
		}
	}

	private GuideFiles filesAt(Repository repository, RevCommit commit, GitSource source)
			throws IOException, FetchException {
		String base = source.getPath() == null ? "" : source.getPath().replaceAll("^/+|/+$", "");
		Map<String, byte[]> files = new TreeMap<>();
		long total = 0;
		try (TreeWalk tree = new TreeWalk(repository)) {
			tree.addTree(commit.getTree());
			tree.setRecursive(true);
			if (!base.isEmpty()) {
				tree.setFilter(PathFilter.create(base));
			}
			while (tree.next()) {
				String path = base.isEmpty() ? tree.getPathString() : tree.getPathString().substring(base.length() + 1);
				if (("/" + path).contains("/.") || !GuideFiles.isGuidePart(path)) {
					continue;
				}
				if (files.size() >= this.limits.maxFiles()) {
					throw new FetchException("The guide holds more than " + this.limits.maxFiles() + " files.");
				}
				ObjectLoader loader = repository.open(tree.getObjectId(0));
				total += loader.getSize();
				if (total > this.limits.maxTotalSize().toBytes()) {
					throw new FetchException("The guide's files hold more than " + this.limits.maxTotalSize() + ".");
				}
				files.put(path, loader.getBytes());
			}
		}
		return GuideFiles.of(files, source.getIndexFile());
	}

	private static List<ImportRequest.CommitNote> commitsSince(Repository repository, RevCommit commit, String since)
			throws IOException {
		List<ImportRequest.CommitNote> notes = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(commit));
			ObjectId previous = since != null ? repository.resolve(since + "^{commit}") : null;
			if (previous != null) {
				walk.markUninteresting(walk.parseCommit(previous));
			}
			for (RevCommit each : walk) {
				if (notes.size() == MAX_COMMITS_LISTED) {
					break;
				}
				notes.add(new ImportRequest.CommitNote(each.name(), each.getShortMessage()));
			}
		}
		return notes;
	}

	/** Drops a source's clone (the source was deleted). */
	void forget(GitSource source) {
		deleteQuietly(cloneOf(source));
	}

	/** A clone per source, named by its id and creation, so a new bank never reuses an old bank's clone. */
	private Path cloneOf(GitSource source) {
		return this.workDir.resolve(source.getId() + "-" + source.getCreatedAt().toEpochMilli() + ".git");
	}

	private static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getClass().getSimpleName() + (root.getMessage() != null ? ": " + root.getMessage() : "");
		// Never echo credentials a URL may carry.
		return message.replaceAll("://[^/@\\s]+@", "://***@");
	}

	private static long sizeOf(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static void deleteQuietly(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover clone is fetched into again next time.
		}
	}

}
