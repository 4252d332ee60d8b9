package com.interviewbank.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Tests that need something outside the JVM (PostgreSQL, a browser, an OpenSearch node) run where it
 * exists and are skipped, saying why, elsewhere. Under
 * {@code -Dbank.tests.require=postgres,browser,opensearch} (what CI sets) a missing one fails each
 * of those tests instead, so CI can never skip them quietly. The OpenSearch node is there wherever
 * Maven can fetch its jars: it is started ({@link OpenSearchNode}) when the first test that needs
 * it is checked.
 *
 * <p>
 * A class declares what it needs with {@link Needs}, and the check is made for each test method,
 * so every test that cannot run is reported as skipped, one by one, with the reason, and Maven's
 * summary counts them. (An assumption that fails in {@code @BeforeAll} aborts the whole class
 * instead, and surefire then reports none of its tests at all.) Two hooks, so that no test
 * instance, and so no Spring context, is made for a test that cannot run:
 * <ul>
 * <li>with a test instance per method (JUnit's default), the instance is made before a method's
 * {@link ExecutionCondition} is asked, so the check is made just before the instance is made
 * ({@link TestInstancePreConstructCallback}), which aborts that test;</li>
 * <li>with one instance per class, the instance is made with the class, so the method's
 * {@link ExecutionCondition} disables the test.</li>
 * </ul>
 * Class-level set-up of such a class ({@code @BeforeAll}) runs even when all its tests are
 * skipped, so it asks {@link #isAvailable(String)} first. A {@code @Nested} class needs what the
 * classes around it need.
 */
public final class RequiredEnvironment implements ExecutionCondition, TestInstancePreConstructCallback {

	public static final String POSTGRES = "postgres";

	public static final String BROWSER = "browser";

	public static final String OPENSEARCH = "opensearch";

	/**
	 * What a test class needs: {@link RequiredEnvironment#POSTGRES}, {@link RequiredEnvironment#BROWSER},
	 * {@link RequiredEnvironment#OPENSEARCH}.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@ExtendWith(RequiredEnvironment.class)
	public @interface Needs {

		String[] value();

	}

	/** Why each thing is missing ("" when it is there), checked once per JVM. */
	private static final Map<String, String> missing = new ConcurrentHashMap<>();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isEmpty()) {
			// Decided for each test, so that each one is counted.
			return ConditionEvaluationResult.enabled("checked for each test");
		}
		String reason = whyNot(context.getRequiredTestClass());
		return reason == null ? ConditionEvaluationResult.enabled("all it needs is available")
				: ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
		// Per method, an instance is only made to run one test: an exception here is that test's.
		if (context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_METHOD) {
			String reason = whyNot(factory.getTestClass());
			if (reason != null) {
				throw new TestAbortedException(reason);
			}
		}
	}

	/** Why the tests of the class cannot run here, or null; throws when what is missing is required. */
	private static String whyNot(Class<?> testClass) {
		List<String> needs = new ArrayList<>();
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			AnnotationSupport.findAnnotation(type, Needs.class).ifPresent(found -> needs.addAll(List.of(found.value())));
		}
		for (String name : needs) {
			String why = whatIsMissing(name);
			if (why.isEmpty()) {
				continue;
			}
			if (required().contains(name)) {
				throw new IllegalStateException(name + " is required (-Dbank.tests.require) but not available: " + why);
			}
			return name + " not available: " + why + " (CI provides it; -Dbank.tests.require=" + name
					+ " makes this a failure)";
		}
		return null;
	}

	/** Whether the thing is there (for class-level set-up, which runs even when its tests are skipped). */
	public static boolean isAvailable(String name) {
		return whatIsMissing(name).isEmpty();
	}

	private static String whatIsMissing(String name) {
		return missing.computeIfAbsent(name, RequiredEnvironment::check);
	}

	private static String check(String name) {
		String why = switch (name) {
			case POSTGRES -> postgresMissing();
			case BROWSER -> browserMissing();
			case OPENSEARCH -> OpenSearchNode.whyMissing();
			default -> throw new IllegalArgumentException("Unknown requirement " + name);
		};
		if (!why.isEmpty()) {
			System.out.println("SKIPPED " + name + " tests: " + why
					+ " (CI provides it; -Dbank.tests.require=" + name + " makes this a failure)");
		}
		return why;
	}

	private static String postgresMissing() {
		try (Connection connection = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER,
				TestPostgres.PASSWORD)) {
			return "";
		}
		catch (SQLException ex) {
			return "no PostgreSQL at " + TestPostgres.URL + " for " + TestPostgres.USER + " (" + ex.getMessage() + ")";
		}
	}

	private static String browserMissing() {
		Path chromium = TestBrowser.chromium();
		Path driver = TestBrowser.driver();
		if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
			return "";
		}
		return "no Chromium at " + chromium + " or no driver at " + driver
				+ " (Debian: apt-get install chromium chromium-driver)";
	}

	private static Set<String> required() {
		return Arrays.stream(System.getProperty("bank.tests.require", "").split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toSet());
	}

}
