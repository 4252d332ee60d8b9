package com.interviewbank.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import com.interviewbank.imports.ImportSpies;

/**
 * The whole app on the seed guide, on a random port and through {@code MockMvc}, that its tests
 * change: one Spring context for every class that imports, re-imports, renames, hides or deletes
 * guides, logs in and searches. Its tests share one bank, in any order, so each works on guides
 * of its own (slugs no other test uses) and counts on nothing of the bank but the seed's
 * structure (its slugs, topics and questions: {@code HttpCachingTests} retitles it) and what it
 * did itself; the admin's failed logins are per client, so a test that
 * locks the admin out does it from a client address of its own.
 *
 * <p>
 * The bank's content is polled for changes of other nodes only once an hour: a change made here
 * must be served at once, without a poll to catch up. {@link ImportSpies} lists the beans that
 * are Mockito spies here (the real bean, unless a test stubs it; reset after each test). Test
 * admin credentials: {@code application-test.properties}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bank.tests.context=shared", "bank.content.poll-interval=1h" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ImportSpies
public @interface SharedBankTest {

}
