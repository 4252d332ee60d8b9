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

/**
 * The whole app on the seed guide alone ({@code content/}, imported at start-up), on a random
 * port and through {@code MockMvc}: one Spring context for every class that reads the seed as a
 * reader sees it and counts on nothing else being in the bank (one guide listed, a sitemap of
 * the seed's pages, a random question of the seed).
 *
 * <p>
 * Its tests leave the bank as they found it: a class that must import a guide of its own deletes
 * it afterwards. Tests that change the bank use {@link SharedBankTest}. Test admin credentials:
 * {@code application-test.properties}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bank.tests.context=seed", "bank.content.poll-interval=1h" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface SeedBankTest {

}
