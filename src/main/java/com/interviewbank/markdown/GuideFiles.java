package com.interviewbank.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A guide made of several files (docs/ARCHITECTURE.md, "Guides of several files"): its Markdown files
 * and images by path inside the guide ({@code /}-separated, no leading slash), and the index file
 * that orders them.
 *
 * @param files path → bytes, in path order
 * @param namedIndex the index file an admin named, or null for {@code README.md} or {@code index.md}
 */
public record GuideFiles(SortedMap<String, byte[]> files, String namedIndex) {

	private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");

	public GuideFiles {
		files = new TreeMap<>(files);
		namedIndex = namedIndex == null || namedIndex.isBlank() ? null : normalize(namedIndex);
	}

	public static GuideFiles of(Map<String, byte[]> files, String namedIndex) {
		return new GuideFiles(new TreeMap<>(files), namedIndex);
	}

	public static boolean isMarkdown(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return lower.endsWith(".md") || lower.endsWith(".markdown");
	}

	public static boolean isImage(String path) {
		int dot = path.lastIndexOf('.');
		return dot >= 0 && IMAGE_TYPES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** Whether a path is one the bank takes from a folder, a zip or a repository. */
	public static boolean isGuidePart(String path) {
		return isMarkdown(path) || isImage(path);
	}

	public List<String> markdownPaths() {
		return this.files.keySet().stream().filter(GuideFiles::isMarkdown).toList();
	}

	public List<String> imagePaths() {
		return this.files.keySet().stream().filter(GuideFiles::isImage).toList();
	}

	/** The index: the one named if the guide has it, else {@code README.md}, else {@code index.md}. */
	public String indexPath() {
		if (this.namedIndex != null) {
			return this.files.containsKey(this.namedIndex) ? this.namedIndex : null;
		}
		for (String candidate : List.of("readme.md", "index.md")) {
			for (String path : this.files.keySet()) {
				if (path.toLowerCase(Locale.ROOT).equals(candidate)) {
					return path;
				}
			}
		}
		return null;
	}

	public byte[] bytes(String path) {
		return this.files.get(path);
	}

	public boolean has(String path) {
		return path != null && this.files.containsKey(path);
	}

	public long totalSize() {
		return this.files.values().stream().mapToLong(bytes -> bytes.length).sum();
	}

	/** SHA-256 over every path and its bytes: the same files give the same checksum, however they came. */
	public String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			this.files.forEach((path, bytes) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The guide path a relative link or image source of {@code fromFile} points at, without its
	 * {@code #fragment} or query; null for an absolute URL, a bare fragment, or a path that climbs
	 * out of the guide.
	 */
	public static String resolve(String fromFile, String href) {
		if (href == null || href.isBlank() || href.startsWith("#") || HtmlSanitizer.leavesTheSite(href)
				|| href.startsWith("/")) {
			return null;
		}
		String path = href;
		int cut = indexOfAny(path, '#', '?');
		if (cut >= 0) {
			path = path.substring(0, cut);
		}
		if (path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
			return null;
		}
		String decoded = HtmlSanitizer.decodeAnchor(path);
		int slash = fromFile.lastIndexOf('/');
		String base = slash >= 0 ? fromFile.substring(0, slash + 1) : "";
		return normalize(base + decoded);
	}

	/** The {@code #fragment} of a link, decoded, or null. */
	public static String fragmentOf(String href) {
		int hash = href == null ? -1 : href.indexOf('#');
		return hash < 0 || hash == href.length() - 1 ? null : HtmlSanitizer.decodeAnchor(href.substring(hash + 1));
	}

	/** {@code a/./b/../c} → {@code a/c}; null when it climbs above the root. */
	static String normalize(String path) {
		java.util.Deque<String> parts = new java.util.ArrayDeque<>();
		for (String part : path.replace('\\', '/').split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (parts.isEmpty()) {
					return null;
				}
				parts.removeLast();
			}
			else {
				parts.addLast(part);
			}
		}
		return parts.isEmpty() ? null : String.join("/", parts);
	}

	private static int indexOfAny(String text, char a, char b) {
		int first = text.indexOf(a);
		int second = text.indexOf(b);
		if (first < 0) {
			return second;
		}
		return second < 0 ? first : Math.min(first, second);
	}

}
