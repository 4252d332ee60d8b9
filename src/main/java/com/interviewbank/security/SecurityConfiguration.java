package com.interviewbank.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import com.interviewbank.web.PublicPages;

/**
 * {@code /admin/**} needs the admin's login (a form for pages, a token for {@code /admin/api}),
 * with failed logins throttled; everything else is public and stateless for readers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * The admin API and the admin-only actuator endpoints (metrics, prometheus): a bearer token on
	 * every request (or, for scripts, HTTP Basic with a header no cross-site form can send), no
	 * session, so no cookie a browser could be tricked into sending; hence no CSRF token either.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
		http.securityMatcher("/admin/api/**", "/actuator/metrics/**", "/actuator/prometheus")
			.addFilterBefore(new ScriptHeaderFilter(), BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityHeaders.strict());
		return http.build();
	}

	/**
	 * Webhooks from Git hosts ({@code /hooks/**}): no login, no session and no CSRF token, as the
	 * host cannot have them; each request proves itself with its source's secret instead, checked
	 * by the handler before any work. Nothing else is opened by this chain.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
		http.securityMatcher("/hooks/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityHeaders.strict());
		return http.build();
	}

	/**
	 * The search API ({@code /api/search} and its suggestions): read-only, public, and answered
	 * for no one in particular, so it runs only the filters that matter to it (the security
	 * headers, the firewall, permit-all): no session looked up or saved, no login, logout, saved
	 * request or CSRF token, which cost a search as much as a part of the search itself.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain searchApi(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/search", "/api/search/suggest")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.csrf(csrf -> csrf.disable())
			.headers(SecurityHeaders.strict());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain security(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(publicPages())
			.permitAll()
			.requestMatchers("/admin/login", "/admin/login/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin", false).permitAll())
			// Browsers go to the login page; other clients get a bare 401, never WWW-Authenticate: Basic,
			// which would make a browser keep the admin's password.
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/"))
			// A short link to a set changes nothing of anyone's: readers create them with no session.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/sets"))
			.headers(SecurityHeaders.strict());
		return http.build();
	}

	/**
	 * Logins are observed (metrics and traces of who failed), requests and authorization decisions
	 * are not: an observation around every filter of every chain cost a search a tenth of its time
	 * in the profile of issue 15, and {@code http.server.requests} already times each request.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.shouldObserveAuthentications(true)
			.build();
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> headersOnContainerErrors() {
		return factory -> factory.addEngineValves(new ContainerErrorHeaders());
	}

	private static String[] publicPages() {
		return PublicPages.all().stream().map(PublicPages.Page::pattern).toArray(String[]::new);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService admins(AdminProperties properties, PasswordEncoder encoder) {
		String password = properties.password();
		if (password == null || password.isBlank()) {
			password = randomPassword();
			log.warn("No BANK_ADMIN_PASSWORD set; the admin '{}' has this generated password for this run: {}",
					properties.username(), password);
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(properties.username()).password(encoder.encode(password)).roles("ADMIN").build());
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
