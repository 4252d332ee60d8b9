package com.interviewbank.support;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need something outside the JVM (PostgreSQL, a browser) run where it exists and skip,
 * saying so, elsewhere. Under {@code -Dbank.tests.require=postgres,browser} (what CI sets) a
 * missing one fails the build instead, so CI can never skip them quietly.
 */
public final class RequiredEnvironment {

	private RequiredEnvironment() {
	}

	public static void assumeAvailable(String name, boolean available, String whatIsMissing) {
		if (available) {
			return;
		}
		if (required().contains(name)) {
			Assertions.fail(name + " is required (-Dbank.tests.require) but not available: " + whatIsMissing);
		}
		System.out.println("SKIPPED " + name + " tests: " + whatIsMissing
				+ " (CI installs it; -Dbank.tests.require=" + name + " makes this a failure)");
		Assumptions.abort(name + " not available: " + whatIsMissing);
	}

	private static Set<String> required() {
		return Arrays.stream(System.getProperty("bank.tests.require", "").split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toSet());
	}

}
