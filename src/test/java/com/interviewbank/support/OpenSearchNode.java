package com.interviewbank.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * One real OpenSearch 2.19 node for the tests of the Elasticsearch/OpenSearch backend, started once
 * per test JVM, in a JVM of its own: OpenSearch's server drags its own Lucene, Log4j, Jackson and
 * Netty, which must not meet the app's. {@code src/test/opensearch/pom.xml} lists its jars (from
 * Maven Central: the server, the {@code transport-netty4} and {@code analysis-common} plugins, and
 * Lucene's smartcn for Chinese), a nested Maven run writes their classpath under
 * {@code target/opensearch/}, and {@code OpenSearchLauncher.java} beside that pom runs the node as
 * a source file: a single node on free ports of 127.0.0.1, its data in a new folder, 512 MB of
 * heap. It stops when this JVM does (its standard input closes), or at the shutdown hook.
 */
public final class OpenSearchNode {

	private static final Path PROJECT = Path.of("src", "test", "opensearch");

	private static final Path WORK = Path.of("target", "opensearch");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static URI uri;

	private static String failure;

	private OpenSearchNode() {
	}

	/** The node's HTTP address, starting it on first use; fails if it cannot start. */
	public static synchronized URI uri() {
		if (uri == null && failure == null) {
			try {
				uri = start();
			}
			catch (IOException | RuntimeException ex) {
				failure = ex.getMessage();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = "interrupted while starting";
			}
		}
		if (uri == null) {
			throw new IllegalStateException("No OpenSearch node: " + failure);
		}
		return uri;
	}

	/** Why the node cannot run here ("" when it runs), starting it if it was not yet. */
	static String whyMissing() {
		try {
			uri();
			return "";
		}
		catch (IllegalStateException ex) {
			return ex.getMessage();
		}
	}

	private static URI start() throws IOException, InterruptedException {
		Files.createDirectories(WORK);
		String classpath = classpath();
		Path home = WORK.resolve("home").toAbsolutePath();
		FileSystemUtils.deleteRecursively(home);
		Files.createDirectories(home);
		int httpPort = freePort();
		Path log = WORK.resolve("node.log").toAbsolutePath();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process node = new ProcessBuilder(java.toString(), "-Xms256m", "-Xmx512m", "-cp", classpath,
				PROJECT.resolve("OpenSearchLauncher.java").toString(), home.toString(), String.valueOf(httpPort),
				String.valueOf(freePort()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(node::destroy, "opensearch-node-stop"));
		URI address = URI.create("http://127.0.0.1:" + httpPort);
		awaitHealthy(node, address, log);
		return address;
	}

	/** The node's jars, resolved by Maven from the pom beside its launcher (once per checkout). */
	private static String classpath() throws IOException, InterruptedException {
		Path file = WORK.resolve("classpath.txt").toAbsolutePath();
		Path pom = PROJECT.resolve("pom.xml");
		if (!Files.exists(file) || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(pom)) < 0) {
			List<String> command = new ArrayList<>(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q", "-f",
					pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + file));
			String repository = System.getProperty("bank.tests.maven-repository", "");
			if (!repository.isBlank()) {
				command.add("-Dmaven.repo.local=" + repository);
			}
			Path output = WORK.resolve("classpath.log");
			Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!maven.waitFor(5, TimeUnit.MINUTES) || maven.exitValue() != 0 || !Files.exists(file)) {
				maven.destroy();
				throw new IllegalStateException("Maven could not resolve its jars: " + tail(output));
			}
		}
		return Files.readString(file).strip();
	}

	private static void awaitHealthy(Process node, URI address, Path log) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(address.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
			.timeout(Duration.ofSeconds(10))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!node.isAlive()) {
				throw new IllegalStateException("the node stopped (exit " + node.exitValue() + "): " + tail(log));
			}
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		node.destroy();
		throw new IllegalStateException("the node was not healthy after " + START_TIMEOUT + ": " + tail(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + log + ")";
		}
	}

}
