package com.interviewbank.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.interviewbank.markdown.GuideParser;
import com.interviewbank.markdown.ImageLimits;
import com.interviewbank.markdown.SeveralFilesParser;

/**
 * Wires the plain-Java importer core into Spring: one parser, built once, with the configured
 * guard rails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ImportProperties.class, ContentFolderProperties.class,
		SeveralFilesProperties.class })
class ParserConfiguration {

	@Bean
	GuideParser guideParser(ImportProperties properties) {
		return new GuideParser(properties.limits());
	}

	@Bean
	SeveralFilesParser severalFilesParser(GuideParser guideParser, SeveralFilesProperties limits) {
		return new SeveralFilesParser(guideParser,
				new ImageLimits(limits.maxImageSize().toBytes(), limits.maxImagesSize().toBytes()));
	}

}
