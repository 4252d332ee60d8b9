package com.interviewbank.sources;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Git sources, under {@code bank.sources.*}.
 *
 * @param secretKey the key that encrypts access tokens (any long random string; its SHA-256 is the
 * AES key). Unset, sources take no token
 * @param pollInterval how often every source is checked, for hosts that cannot call the webhook;
 * {@code 0} turns it off
 * @param fetchTimeout the longest a fetch may take before the check fails
 * @param maxRepositorySize the largest clone kept (a check of a larger repository fails)
 * @param workDir where the clones live, under the data folder unless absolute
 */
@ConfigurationProperties("bank.sources")
public record SourcesProperties(String secretKey, @DefaultValue("1h") Duration pollInterval,
		@DefaultValue("60s") Duration fetchTimeout, @DefaultValue("200MB") DataSize maxRepositorySize,
		@DefaultValue("sources") Path workDir) {
}
