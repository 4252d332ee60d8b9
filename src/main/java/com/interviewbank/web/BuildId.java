package com.interviewbank.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import com.interviewbank.system.Sha256;

/**
 * Names the running build, so that a new release never answers 304 to a page the old one rendered:
 * its version and build time from {@code META-INF/build-info.properties}, or the start time of
 * this run when there is none (a build from an IDE).
 */
@Component
class BuildId {

	private final String value;

	BuildId(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String name = properties != null ? properties.getVersion() + "@" + properties.getTime()
				: "run@" + Instant.now();
		this.value = Sha256.of(name.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
	}

	String value() {
		return this.value;
	}

}
