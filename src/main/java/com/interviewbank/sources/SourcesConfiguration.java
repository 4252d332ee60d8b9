package com.interviewbank.sources;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SourcesProperties.class)
class SourcesConfiguration {

}
