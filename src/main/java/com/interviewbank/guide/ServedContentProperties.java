package com.interviewbank.guide;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this node follows the shared database, under {@code bank.content.*}.
 *
 * @param pollInterval how often a node looks for versions another node activated (it indexes them
 * before it serves them)
 */
@ConfigurationProperties("bank.content")
record ServedContentProperties(@DefaultValue("2s") Duration pollInterval) {
}
