package com.interviewbank.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on {@code GET /api/search?q=...} of a running bank: some clients, each sending the next
 * query of a file as soon as the previous answer is read. Warms up first, then measures each
 * request's latency (send to last byte of the body) and prints one line: percentiles, throughput
 * and the answers that were not 200. Run by {@code bench/search.sh}; not a test, so no number ever
 * fails a build.
 * <p>
 * Arguments: base URL (localhost only), clients, how much to measure ({@code 5000} requests, or a
 * duration such as {@code 20s}), warm-up requests, query file (one query a line), and an optional
 * label for the line.
 * <p>
 * {@code -Dsearchload.random}: each client sends queries of the file at random instead of in turn;
 * {@code -Dsearchload.timeout=10}: a request not answered within so many seconds (default 30) is
 * given up and counted as a timeout.
 */
public final class SearchLoad {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(Long.getLong("searchload.timeout", 30));

	private static final boolean RANDOM = System.getProperty("searchload.random") != null;

	/** Even a duration-bounded run stops at this many requests. */
	private static final long MAX_REQUESTS = 10_000_000;

	private static final int SLOWEST = 5;

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

	private SearchLoad() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			System.err.println("usage: SearchLoad <base URL> <clients> <requests|seconds s> <warm-up requests> "
					+ "<query file> [label]");
			System.exit(2);
		}
		URI base = URI.create(args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0]);
		String host = base.getHost();
		if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
			System.err.println("refusing to load " + host + ": only localhost or 127.0.0.1");
			System.exit(2);
		}
		int clients = Integer.parseInt(args[1]);
		String amount = args[2];
		boolean timed = amount.endsWith("s");
		long requests = timed ? MAX_REQUESTS : Long.parseLong(amount);
		long nanos = timed ? TimeUnit.SECONDS.toNanos(Long.parseLong(amount.substring(0, amount.length() - 1)))
				: Long.MAX_VALUE;
		int warmup = Integer.parseInt(args[3]);
		List<String> queries = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		String label = args.length > 5 ? args[5] : clients + " client(s)";
		if (clients < 1 || queries.isEmpty()) {
			System.err.println("need at least one client and one query");
			System.exit(2);
		}
		List<URI> uris = queries.stream()
			.map(q -> URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
			.toList();

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			if (System.getProperty("searchload.hits") != null) {
				printHits(http, queries, uris);
			}
			Run warm = run(http, pool, clients, uris, warmup, Long.MAX_VALUE);
			Run measured = run(http, pool, clients, uris, requests, nanos);
			print(label, clients, warm, measured);
			printSlowest(queries, measured.queryMedians());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * With {@code -Dsearchload.hits}: sends each query once first and prints which found nothing
	 * ({@code =verbose}: how many each found), to see the set is sane.
	 */
	private static void printHits(HttpClient http, List<String> queries, List<URI> uris) {
		List<String> none = new ArrayList<>();
		for (int i = 0; i < uris.size(); i++) {
			String total;
			try {
				HttpResponse<String> response = http.send(request(uris.get(i)), HttpResponse.BodyHandlers.ofString());
				Matcher matcher = TOTAL.matcher(response.body());
				total = response.statusCode() != 200 ? "HTTP " + response.statusCode()
						: matcher.find() ? matcher.group(1) : "?";
			}
			catch (IOException | InterruptedException ex) {
				total = ex.getClass().getSimpleName();
			}
			if ("0".equals(total)) {
				none.add(queries.get(i));
			}
			if ("verbose".equals(System.getProperty("searchload.hits"))) {
				System.out.printf("  %-40s %s%n", queries.get(i), total);
			}
		}
		System.out.printf("queries: %d, without any result: %d %s%n", queries.size(), none.size(), none);
	}

	private static HttpRequest request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build();
	}

	/**
	 * Runs the clients until {@code requests} were sent or {@code nanos} have passed, whichever
	 * comes first; each client starts at its own place in the query list.
	 */
	private static Run run(HttpClient http, ExecutorService pool, int clients, List<URI> uris, long requests,
			long nanos) throws Exception {
		AtomicLong issued = new AtomicLong();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long deadline = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + nanos;
		List<Future<Sample>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c * uris.size() / clients;
			futures.add(pool.submit(() -> {
				long[] latencies = new long[1024];
				int[] queryIndexes = new int[1024];
				int count = 0;
				for (long n = issued.getAndIncrement(); n < requests; n = issued.getAndIncrement()) {
					if (deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
						break;
					}
					int queryIndex = RANDOM ? ThreadLocalRandom.current().nextInt(uris.size())
							: (int) ((offset + n) % uris.size());
					URI uri = uris.get(queryIndex);
					long begin = System.nanoTime();
					String error = null;
					try {
						HttpResponse<byte[]> response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							error = "HTTP " + response.statusCode();
						}
					}
					catch (HttpTimeoutException ex) {
						error = "timeout after " + REQUEST_TIMEOUT.toSeconds() + " s";
					}
					catch (IOException ex) {
						error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
					}
					long elapsed = System.nanoTime() - begin;
					if (error != null) {
						errors.computeIfAbsent(error, key -> new AtomicLong()).incrementAndGet();
					}
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
						queryIndexes = Arrays.copyOf(queryIndexes, count * 2);
					}
					latencies[count] = elapsed;
					queryIndexes[count++] = queryIndex;
				}
				return new Sample(Arrays.copyOf(latencies, count), Arrays.copyOf(queryIndexes, count));
			}));
		}
		List<Sample> samples = new ArrayList<>();
		for (Future<Sample> future : futures) {
			samples.add(future.get());
		}
		long wall = System.nanoTime() - start;
		long[] all = samples.stream().flatMapToLong(sample -> Arrays.stream(sample.latencies())).sorted().toArray();
		List<List<Long>> perQuery = new ArrayList<>();
		uris.forEach(uri -> perQuery.add(new ArrayList<>()));
		for (Sample sample : samples) {
			for (int i = 0; i < sample.latencies().length; i++) {
				perQuery.get(sample.queryIndexes()[i]).add(sample.latencies()[i]);
			}
		}
		long[] medians = perQuery.stream()
			.mapToLong(list -> list.isEmpty() ? -1 : percentile(list.stream().mapToLong(Long::longValue).sorted().toArray(), 50))
			.toArray();
		Map<String, Long> errorCounts = new TreeMap<>();
		errors.forEach((key, value) -> errorCounts.put(key, value.get()));
		return new Run(all, wall, errorCounts, medians);
	}

	private static void print(String label, int clients, Run warm, Run measured) {
		long[] ns = measured.latencies();
		long failed = measured.errors().values().stream().mapToLong(Long::longValue).sum();
		System.out.printf(
				"%s: clients %d, requests %d in %.1f s, %.0f req/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms,"
						+ " non-200 %d (warm-up %d requests, non-200 %d)%n",
				label, clients, ns.length, measured.wallNanos() / 1e9, ns.length / (measured.wallNanos() / 1e9),
				millis(percentile(ns, 50)), millis(percentile(ns, 90)), millis(percentile(ns, 99)),
				millis(ns.length == 0 ? 0 : ns[ns.length - 1]), failed, warm.latencies().length,
				warm.errors().values().stream().mapToLong(Long::longValue).sum());
		warm.errors().forEach((error, count) -> System.out.printf("  warm-up error %dx: %s%n", count, error));
		measured.errors().forEach((error, count) -> System.out.printf("  error %dx: %s%n", count, error));
	}

	/** The queries whose median latency was the highest, to see where the time goes. */
	private static void printSlowest(List<String> queries, long[] medians) {
		StringBuilder line = new StringBuilder("  slowest queries by median:");
		java.util.stream.IntStream.range(0, medians.length)
			.boxed()
			.filter(i -> medians[i] >= 0)
			.sorted((a, b) -> Long.compare(medians[b], medians[a]))
			.limit(SLOWEST)
			.forEach(i -> line.append(String.format(" [%s] %.1f ms", queries.get(i), millis(medians[i]))));
		System.out.println(line);
	}

	/** Nearest-rank percentile of sorted values. */
	private static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	/** One client's latencies, and which query each request sent. */
	private record Sample(long[] latencies, int[] queryIndexes) {
	}

	/** @param queryMedians each query's median latency, or -1 when it was not sent */
	private record Run(long[] latencies, long wallNanos, Map<String, Long> errors, long[] queryMedians) {
	}

}
