package com.interviewbank.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.system.NotFoundException;
import com.interviewbank.system.Sha256;

/**
 * Creates, lists, revokes and checks the admin API's tokens. {@code bank.admin.token}, when set, is
 * one more valid token that lives in the configuration rather than the database.
 */
@Service
class ApiTokens {

	/** The name an import run records when the configured token was used. */
	static final String CONFIGURED_TOKEN_NAME = "BANK_ADMIN_TOKEN";

	static final int MAX_NAME_LENGTH = 100;

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	/** A token as the admin sees it in lists: never the token itself. */
	record Listed(long id, String name, String createdBy, Instant createdAt, Instant lastUsedAt) {
	}

	/** A token just made: the only time its value is shown. */
	record Created(long id, String name, String token) implements java.io.Serializable {
	}

	private final ApiTokenRepository tokens;

	private final AdminProperties admin;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, AdminProperties admin, Clock clock) {
		this.tokens = tokens;
		this.admin = admin;
		this.clock = clock;
	}

	@Transactional
	Created create(String name, String createdBy) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("A token needs a name of 1 to " + MAX_NAME_LENGTH + " characters.");
		}
		String token = "ibk_" + randomPart();
		ApiToken saved = this.tokens.save(new ApiToken(cleanName, hash(token), createdBy, this.clock.instant()));
		return new Created(saved.getId(), saved.getName(), token);
	}

	@Transactional(readOnly = true)
	List<Listed> list() {
		return this.tokens.findAllByOrderByCreatedAtDescIdDesc()
			.stream()
			.map(token -> new Listed(token.getId(), token.getName(), token.getCreatedBy(), token.getCreatedAt(),
					token.getLastUsedAt()))
			.toList();
	}

	@Transactional
	void revoke(long id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new NotFoundException("No token " + id + "."));
		this.tokens.delete(token);
	}

	/** The name of the token presented, if it is a valid one. */
	@Transactional
	Optional<String> check(String presented) {
		if (presented == null || presented.isBlank()) {
			return Optional.empty();
		}
		String configured = this.admin.token();
		if (configured != null && !configured.isBlank() && MessageDigest.isEqual(
				configured.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
			return Optional.of(CONFIGURED_TOKEN_NAME);
		}
		return this.tokens.findByTokenHash(hash(presented)).map(token -> {
			Instant now = this.clock.instant();
			if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
				token.used(now);
			}
			return token.getName();
		});
	}

	private String randomPart() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
	}

}
