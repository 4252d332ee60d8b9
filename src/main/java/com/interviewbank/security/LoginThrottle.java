package com.interviewbank.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: the third failed login for a user name from one client locks that
 * pair out for a second, each further one for twice as long, up to fifteen minutes. A success clears
 * it. The client is the address the trusted proxies report (Tomcat's RemoteIpValve, see
 * {@code server.forward-headers-strategy}), so one attacker behind the proxy cannot lock out the
 * admin.
 */
@Component
class LoginThrottle {

	/** Failures that cost nothing; the next one starts the lockout. */
	static final int FREE_ATTEMPTS = 2;

	static final Duration LONGEST_LOCKOUT = Duration.ofMinutes(15);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	private record Failures(int count, Instant lockedUntil) {
	}

	/** How long this user name from this client must still wait, or zero. */
	Duration lockout(String username, String client) {
		Failures state = this.failures.get(key(username, client));
		if (state == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(this.clock.instant(), state.lockedUntil());
		return left.isNegative() ? Duration.ZERO : left;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String key = key(event.getAuthentication().getName(), client(event.getAuthentication().getDetails()));
		Instant now = this.clock.instant();
		this.failures.compute(key, (k, state) -> {
			int count = state == null ? 1 : state.count() + 1;
			return new Failures(count, count <= FREE_ATTEMPTS ? now : now.plus(lockoutAfter(count)));
		});
		forgetOld(now);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName(), client(event.getAuthentication().getDetails())));
	}

	static Duration lockoutAfter(int failures) {
		int doublings = Math.min(failures - FREE_ATTEMPTS - 1, 20);
		Duration lockout = Duration.ofSeconds(1L << Math.max(0, doublings));
		return lockout.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : lockout;
	}

	private void forgetOld(Instant now) {
		if (this.failures.size() > 10_000) {
			this.failures.values().removeIf(state -> state.lockedUntil().isBefore(now.minus(Duration.ofHours(1))));
		}
	}

	private static String client(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
	}

	private static String key(String username, String client) {
		return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + client;
	}

}
