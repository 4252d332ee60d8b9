package com.interviewbank.importer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java importer core into Spring: one parser, built once, with the configured
 * guard rails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImporterProperties.class)
class ImporterConfiguration {

	@Bean
	GuideParser guideParser(ImporterProperties properties) {
		return new GuideParser(new ImportLimits(Math.toIntExact(properties.maxSize().toBytes()),
				properties.maxNestingDepth()));
	}

}
