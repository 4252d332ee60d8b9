package com.interviewbank.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.interviewbank.markdown.GuideFiles;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.markdown.RejectionReason;

/** A subfolder of {@code content/} read as one guide of several files, within the same limits as a zip. */
final class ContentFolders {

	private ContentFolders() {
	}

	static GuideFiles read(Path folder, SeveralFilesProperties limits) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		long total = 0;
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.filter(Files::isRegularFile).sorted().toList();
		}
		if (paths.size() > limits.maxFiles()) {
			throw new RejectedGuideException(RejectionReason.TOO_LARGE,
					"The folder holds more than " + limits.maxFiles() + " files.");
		}
		for (Path file : paths) {
			String path = folder.relativize(file).toString().replace('\\', '/');
			if (("/" + path).contains("/.") || !GuideFiles.isGuidePart(path)) {
				continue;
			}
			byte[] bytes = Files.readAllBytes(file);
			total += bytes.length;
			if (total > limits.maxTotalSize().toBytes()) {
				throw new RejectedGuideException(RejectionReason.TOO_LARGE,
						"The folder's files hold more than " + limits.maxTotalSize() + ".");
			}
			files.put(path, bytes);
		}
		return GuideFiles.of(files, null);
	}

}
