package com.interviewbank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are modules (docs/ARCHITECTURE.md, "Modules"): a dependency the wrong way round,
 * or a cycle between them, fails the build. The module diagram in {@code docs/modules} is written
 * from the code, and must match it.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(InterviewBankApplication.class);

	private static final Path COMMITTED_DIAGRAM = Path.of("docs/modules/components.puml");

	@Test
	void shouldKeepEveryModuleBoundary() {
		MODULES.verify();
	}

	@Test
	void shouldHaveTheModulesTheArchitectureDocumentNames() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"admin", "browse", "guide", "imports", "markdown", "practice", "search", "security", "sources", "system",
				"web");
	}

	/**
	 * Writes the diagram to {@code target/} and compares it with the committed one; run with
	 * {@code -Dbank.docs.update=true} to write it into {@code docs/modules} instead.
	 */
	@Test
	void shouldMatchTheCommittedModuleDiagram() throws IOException {
		boolean update = Boolean.getBoolean("bank.docs.update");
		Path folder = update ? COMMITTED_DIAGRAM.getParent() : Path.of("target/spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml();
		// Modulith writes the relations in no fixed order: compare the lines, not their order.
		assertThat(Files.readAllLines(folder.resolve("components.puml"), StandardCharsets.UTF_8))
			.as("docs/modules/components.puml is out of date: run "
					+ "./mvnw test -Dtest=ModularityTests -Dbank.docs.update=true and commit it")
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(COMMITTED_DIAGRAM, StandardCharsets.UTF_8));
	}

}
