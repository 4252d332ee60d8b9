package com.interviewbank.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher of {@code ./mvnw -Paot package} ({@code src/launcher/interview-bank}, laid out by
 * {@code build-app.sh}): the JVM options it starts the bank with, read from a stand-in java that
 * prints its arguments. The collector it picks is a default that a reader's {@code JAVA_OPTS} can
 * replace, without asking the JVM for two collectors (which it refuses).
 */
class LauncherTests {

	@TempDir
	Path app;

	@BeforeEach
	void layOutTheLauncher() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
		Path java = this.app.resolve("java");
		Files.writeString(java, "#!/bin/sh\nfor argument in \"$@\"; do echo \"$argument\"; done\n");
		java.toFile().setExecutable(true);
		String launcher = Files.readString(Path.of("src/launcher/interview-bank"))
			.replace("@JAVA@", java.toString())
			.replace("@ARCHIVE@", "app.jsa")
			.replace("@JAR@", "interview-bank.jar");
		Files.writeString(this.app.resolve("interview-bank"), launcher);
		this.app.resolve("interview-bank").toFile().setExecutable(true);
	}

	@Test
	void startsWithTheParallelCollectorAndTheArchive() throws Exception {
		List<String> arguments = launch(Map.of(), "--server.port=8081");

		assertThat(arguments).containsSubsequence("-XX:SharedArchiveFile=" + this.app.resolve("app.jsa"),
				"-XX:+UseParallelGC", "-Dspring.aot.enabled=true", "-jar",
				this.app.resolve("interview-bank.jar").toString(), "--server.port=8081");
		assertThat(arguments).noneMatch(argument -> argument.startsWith("-XX:TieredStopAtLevel"));
	}

	@Test
	void leavesTheCollectorToJavaOptsThatNameOne() throws Exception {
		List<String> arguments = launch(Map.of("JAVA_OPTS", "-Xmx1g -XX:+UseG1GC"));

		assertThat(arguments).contains("-XX:+UseG1GC", "-Xmx1g").doesNotContain("-XX:+UseParallelGC");
		assertThat(collectors(arguments)).hasSize(1);
	}

	@Test
	void leavesTheCollectorToTheVariablesTheJvmReadsByItself() throws Exception {
		for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
			assertThat(launch(Map.of(variable, "-XX:+UseSerialGC"))).as(variable)
				.doesNotContain("-XX:+UseParallelGC")
				.contains("-jar");
		}
	}

	@Test
	void keepsItsCollectorBesideTuningOfIt() throws Exception {
		List<String> arguments = launch(Map.of("JAVA_OPTS", "-XX:+UseAdaptiveSizePolicyWithSystemGC -XX:-UseParallelGC"));

		assertThat(arguments).containsSubsequence("-XX:+UseParallelGC", "-XX:+UseAdaptiveSizePolicyWithSystemGC",
				"-XX:-UseParallelGC");
	}

	@Test
	void putsJavaOptsAfterItsDefaultsSoTheyWin() throws Exception {
		List<String> arguments = launch(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseStringDeduplication"));

		assertThat(arguments).containsSubsequence("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-jar")
			.contains("-XX:+UseStringDeduplication");
	}

	@Test
	void startsAnotherJavaWithoutTheArchive() throws Exception {
		Path other = this.app.resolve("other-java");
		Files.copy(this.app.resolve("java"), other);
		other.toFile().setExecutable(true);

		List<String> arguments = launch(Map.of("BANK_JAVA", other.toString()));

		assertThat(arguments).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"))
			.contains("-XX:+UseParallelGC", "-jar");
	}

	private static List<String> collectors(List<String> arguments) {
		Set<String> collectors = Set.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseSerialGC", "-XX:+UseZGC",
				"-XX:+UseShenandoahGC");
		return arguments.stream().filter(collectors::contains).toList();
	}

	private List<String> launch(Map<String, String> environment, String... appArguments) throws Exception {
		ProcessBuilder builder = new ProcessBuilder();
		builder.command().add(this.app.resolve("interview-bank").toString());
		builder.command().addAll(Arrays.asList(appArguments));
		List.of("JAVA_OPTS", "BANK_JAVA", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")
			.forEach(builder.environment()::remove);
		builder.environment().putAll(environment);
		Process process = builder.redirectErrorStream(true).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().toList();
	}

}
