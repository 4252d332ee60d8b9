package com.interviewbank.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.interviewbank.markdown.GuideFiles;
import com.interviewbank.markdown.RejectedGuideException;
import com.interviewbank.markdown.RejectionReason;

/**
 * A guide of several files as a zip: read from an upload with its limits (file count, total size,
 * expansion, paths that stay inside the guide), and written to keep a dry run or a version's files.
 * Only Markdown files and images are kept; a zip whose files all sit in one folder (as a
 * repository's download does) is read from inside that folder.
 */
public final class GuideZip {

	/** The entry of a kept zip that names the index an admin chose (hidden, so never a guide's file). */
	private static final String NAMED_INDEX = ".bank-index";

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private GuideZip() {
	}

	public static boolean looksLikeZip(byte[] bytes) {
		if (bytes == null || bytes.length < ZIP_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < ZIP_MAGIC.length; i++) {
			if (bytes[i] != ZIP_MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @throws RejectedGuideException 415 not a zip, 413 over a limit, 422 unreadable or a path that
	 * leaves the guide
	 */
	public static GuideFiles read(byte[] zip, SeveralFilesProperties limits, String namedIndex) {
		if (!looksLikeZip(zip)) {
			throw new RejectedGuideException(RejectionReason.NOT_TEXT, "The upload is not a zip archive.");
		}
		if (zip.length > limits.maxTotalSize().toBytes()) {
			throw tooLarge("The zip is larger than " + limits.maxTotalSize() + ".");
		}
		Map<String, byte[]> files = new TreeMap<>();
		long total = 0;
		int entries = 0;
		ByteArrayInputStream raw = new ByteArrayInputStream(zip);
		try (ZipInputStream in = new ZipInputStream(raw)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > limits.maxFiles()) {
					throw tooLarge("The zip holds more than " + limits.maxFiles() + " entries.");
				}
				if (entry.isDirectory()) {
					continue;
				}
				String path = pathOf(entry.getName());
				byte[] bytes = readCapped(in, new Expansion(zip.length, raw, total, limits), entry);
				total += bytes.length;
				if (path != null && GuideFiles.isGuidePart(path)) {
					files.put(path, bytes);
				}
			}
		}
		catch (ZipException ex) {
			throw new RejectedGuideException(RejectionReason.BAD_ARCHIVE, "The zip cannot be read: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (files.isEmpty()) {
			throw new RejectedGuideException(RejectionReason.EMPTY,
					"The zip holds no Markdown file (.md or .markdown) and no image.");
		}
		return GuideFiles.of(outOfSingleFolder(files), namedIndex);
	}

	/** The files as a zip, each path as it is. */
	public static byte[] write(GuideFiles files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			if (files.namedIndex() != null) {
				zip.putNextEntry(new ZipEntry(NAMED_INDEX));
				zip.write(files.namedIndex().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A zip this bank wrote, read back without limits (it was checked when it came in). */
	public static GuideFiles readKept(byte[] zip) {
		Map<String, byte[]> files = new TreeMap<>();
		String namedIndex = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(NAMED_INDEX)) {
					namedIndex = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
				else {
					files.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return GuideFiles.of(files, namedIndex);
	}

	/** Null for what a guide never holds (hidden files, macOS forks); refused when it leaves the guide. */
	private static String pathOf(String name) {
		String normalized = name.replace('\\', '/');
		if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || ("/" + normalized + "/").contains("/../")) {
			throw new RejectedGuideException(RejectionReason.BAD_ARCHIVE,
					"The zip entry “" + name + "” points outside the guide.");
		}
		if (normalized.startsWith("__MACOSX/") || ("/" + normalized).contains("/.")) {
			return null;
		}
		return normalized;
	}

	/**
	 * How far the unpacking has got: bytes out against bytes of the zip read, so a bomb is stopped
	 * early (a streamed entry's compressed size is only known after it).
	 */
	private record Expansion(int zipLength, ByteArrayInputStream raw, long unpackedBefore,
			SeveralFilesProperties limits) {

		void check(ZipEntry entry, long unpackedNow) {
			long unpacked = this.unpackedBefore + unpackedNow;
			if (unpacked > this.limits.maxTotalSize().toBytes()) {
				throw tooLarge("The zip's files hold more than " + this.limits.maxTotalSize() + " once unpacked.");
			}
			long read = Math.max(this.zipLength - this.raw.available(), 1);
			if (unpacked > 1_000_000 && unpacked / read > this.limits.maxCompressionRatio()) {
				throw tooLarge("The zip entry “" + entry.getName() + "” expands more than "
						+ this.limits.maxCompressionRatio() + " times: the bank does not unpack it.");
			}
		}

	}

	private static byte[] readCapped(InputStream in, Expansion expansion, ZipEntry entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			out.write(buffer, 0, read);
			expansion.check(entry, out.size());
		}
		return out.toByteArray();
	}

	private static Map<String, byte[]> outOfSingleFolder(Map<String, byte[]> files) {
		String first = files.keySet().iterator().next();
		int slash = first.indexOf('/');
		if (slash < 0) {
			return files;
		}
		String folder = first.substring(0, slash + 1);
		if (!files.keySet().stream().allMatch(path -> path.startsWith(folder))) {
			return files;
		}
		Map<String, byte[]> inside = new TreeMap<>();
		files.forEach((path, bytes) -> inside.put(path.substring(folder.length()), bytes));
		return inside;
	}

	private static RejectedGuideException tooLarge(String message) {
		return new RejectedGuideException(RejectionReason.TOO_LARGE, message);
	}

}
