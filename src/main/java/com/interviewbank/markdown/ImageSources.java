package com.interviewbank.markdown;

import java.util.function.Predicate;

/**
 * How one file of a guide sees the images it names by a relative source: whether each has a file,
 * why one that has is not shown, and the URL readers load it from.
 */
interface ImageSources {

	boolean exists(String src);

	/** Why an image that has a file is not shown, or null. */
	String refusal(String src);

	/** The URL readers load it from, or null when it is not shown (they see its alt text). */
	String url(String src);

	/** A guide of one file: images whose file exists keep the source as written. */
	static ImageSources keptAsWritten(Predicate<String> imageExists) {
		return new ImageSources() {

			@Override
			public boolean exists(String src) {
				return imageExists.test(src);
			}

			@Override
			public String refusal(String src) {
				return null;
			}

			@Override
			public String url(String src) {
				return imageExists.test(src) ? src : null;
			}

		};
	}

	/** One file of a guide of several files: its images as {@code images} judged them. */
	static ImageSources of(GuideFiles files, String fromFile, GuideImages images) {
		return new ImageSources() {

			@Override
			public boolean exists(String src) {
				return path(src) != null;
			}

			@Override
			public String refusal(String src) {
				String path = path(src);
				return path == null ? null : images.judge(path).refusal();
			}

			@Override
			public String url(String src) {
				String path = path(src);
				GuideImage image = path == null ? null : images.judge(path).image();
				return image == null ? null : image.url();
			}

			private String path(String src) {
				String path = GuideFiles.resolve(fromFile, src);
				return path != null && GuideFiles.isImage(path) && files.has(path) ? path : null;
			}

		};
	}

}
