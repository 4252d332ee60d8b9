package com.interviewbank.sources;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts access tokens with AES-GCM (a random 96-bit nonce per token, a 128-bit tag) under a key
 * from the environment ({@code bank.sources.secret-key}), so the database alone never gives them away.
 */
@Component
class SecretBox {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(SourcesProperties properties) {
		this.key = properties.secretKey() == null || properties.secretKey().isBlank() ? null
				: new SecretKeySpec(sha256(properties.secretKey()), "AES");
	}

	boolean canEncrypt() {
		return this.key != null;
	}

	String encrypt(String plain) {
		requireKey();
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** @throws IllegalStateException when the key changed since the token was stored */
	String decrypt(String sealedText) {
		requireKey();
		try {
			byte[] all = Base64.getDecoder().decode(sealedText);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(
					"The source's token cannot be decrypted: bank.sources.secret-key changed since it was stored; enter the token again.");
		}
	}

	private void requireKey() {
		if (this.key == null) {
			throw new InvalidSourceException(
					"Set bank.sources.secret-key (BANK_SOURCES_SECRET_KEY) before giving a source a token: tokens are stored encrypted with it.");
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
