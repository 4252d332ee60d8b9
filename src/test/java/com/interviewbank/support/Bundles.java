package com.interviewbank.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * The two real repositories of {@code src/test/resources/corpora}, kept as Git bundles: cloned once
 * per test run into a folder of their own.
 */
public final class Bundles {

	public static final String H5BP = "h5bp-front-end-interview-questions";

	public static final String THIRTY_SECONDS = "30-seconds-of-interviews";

	private static final Path CORPORA = Path.of("src/test/resources/corpora");

	private Bundles() {
	}

	public static Path bundle(String name) {
		return CORPORA.resolve(name + ".bundle").toAbsolutePath();
	}

	/** A fresh clone of the bundle (a working tree at its newest commit, full history). */
	public static Path cloneOf(String name, Path into) {
		try (Git git = Git.cloneRepository().setURI(bundle(name).toString()).setDirectory(into.toFile()).call()) {
			return into;
		}
		catch (GitAPIException ex) {
			throw new IllegalStateException("Cannot clone " + name, ex);
		}
	}

	/** The files of a folder under {@code root} (or the whole tree), by path, {@code .git} left out. */
	public static Map<String, byte[]> files(Path root, String under) {
		Path base = under == null || under.isEmpty() ? root : root.resolve(under);
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(base)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String path = base.relativize(file).toString().replace('\\', '/');
				if (!path.startsWith(".git/")) {
					files.put(path, Files.readAllBytes(file));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
