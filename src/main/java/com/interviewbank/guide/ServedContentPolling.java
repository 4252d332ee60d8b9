package com.interviewbank.guide;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every {@code bank.content.poll-interval}, picks up what other nodes changed in the shared database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServedContentProperties.class)
class ServedContentPolling implements SchedulingConfigurer {

	private final ServedContent content;

	private final ServedContentProperties properties;

	ServedContentPolling(ServedContent content, ServedContentProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(
				new FixedDelayTask(this.content::poll, this.properties.pollInterval(), this.properties.pollInterval()));
	}

}
