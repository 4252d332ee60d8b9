package com.interviewbank.imports;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.interviewbank.markdown.GuideFiles;

/**
 * What an upload is: a file named {@code .zip} is a guide of several files, read
 * within {@link SeveralFilesProperties}; anything else is one Markdown file.
 */
@Component
public class Uploads {

	private final SeveralFilesProperties limits;

	Uploads(SeveralFilesProperties limits) {
		this.limits = limits;
	}

	/**
	 * @throws com.interviewbank.markdown.RejectedGuideException for a zip that is unreadable, too
	 * large, or holds no guide
	 */
	public ImportRequest request(ImportRun.Source source, String fileName, byte[] bytes, String guideSlug,
			String actor, boolean dryRun) {
		boolean zipName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
		if (!zipName) {
			return new ImportRequest(source, fileName, bytes, guideSlug, actor, dryRun);
		}
		GuideFiles files = GuideZip.read(bytes, this.limits, null);
		return ImportRequest.ofFiles(source, fileName, files, guideSlug, actor, dryRun, null);
	}

	public SeveralFilesProperties limits() {
		return this.limits;
	}

}
