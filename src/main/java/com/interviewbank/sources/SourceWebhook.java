package com.interviewbank.sources;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.interviewbank.system.DaemonThreads;

/**
 * {@code POST /hooks/sources/{id}}: GitHub's {@code push} signed with {@code X-Hub-Signature-256}
 * (HMAC-SHA256 of the body with the source's secret) or GitLab's push with {@code X-Gitlab-Token}.
 * A good push of the source's branch answers 202 and starts a check off the request thread; other
 * branches and events answer 202 and do nothing; a bad or missing signature answers 401 and does
 * nothing (an unknown source too, so the answer tells nothing about which sources exist).
 */
@RestController
class SourceWebhook {

	private static final Logger log = LoggerFactory.getLogger(SourceWebhook.class);

	private final GitSourceRepository sources;

	private final SourceChecks checks;

	private final JsonMapper json;

	/** One check at a time, in order, so a burst of pushes queues rather than piles up. */
	private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("source-webhook-"));

	SourceWebhook(GitSourceRepository sources, SourceChecks checks, JsonMapper json) {
		this.sources = sources;
		this.checks = checks;
		this.json = json;
	}

	@PostMapping("/hooks/sources/{id}")
	ResponseEntity<?> push(@PathVariable long id, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String githubSignature,
			@RequestHeader(name = "X-GitHub-Event", required = false) String githubEvent,
			@RequestHeader(name = "X-Gitlab-Token", required = false) String gitlabToken,
			@RequestHeader(name = "X-Gitlab-Event", required = false) String gitlabEvent) {
		byte[] payload = body == null ? new byte[0] : body;
		GitSource source = this.sources.findById(id).orElse(null);
		if (source == null || !signedBy(source.getWebhookSecret(), payload, githubSignature, gitlabToken)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"The request is not signed with this source's webhook secret.");
			problem.setTitle("Bad signature");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		String event = githubSignature != null ? githubEvent : gitlabEvent;
		boolean push = "push".equals(event) || "Push Hook".equals(event);
		if (!push) {
			return accepted("ignored", "Only push events start a check; this was “" + event + "”.");
		}
		String ref = refOf(payload);
		if (!("refs/heads/" + source.getBranch()).equals(ref)) {
			return accepted("ignored", "The push was to " + ref + ", not to " + source.getBranch() + ".");
		}
		this.worker.execute(() -> {
			try {
				this.checks.check(id, null, "webhook");
			}
			catch (RuntimeException ex) {
				log.warn("The check a webhook started for source {} did not finish: {}", id, ex.getMessage());
			}
		});
		return accepted("checking", "A check of " + source.getBranch() + " has started.");
	}

	static boolean signedBy(String secret, byte[] payload, String githubSignature, String gitlabToken) {
		if (githubSignature != null) {
			String expected = "sha256=" + hmacSha256(secret, payload);
			return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
					githubSignature.strip().getBytes(StandardCharsets.UTF_8));
		}
		return gitlabToken != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				gitlabToken.getBytes(StandardCharsets.UTF_8));
	}

	static String hmacSha256(String secret, byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(payload));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String refOf(byte[] payload) {
		try {
			JsonNode ref = this.json.readTree(payload).get("ref");
			return ref != null ? ref.asString() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static ResponseEntity<Map<String, String>> accepted(String status, String detail) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", status, "detail", detail));
	}

}
