package com.interviewbank.sources;

import java.util.concurrent.ThreadFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Named daemon threads for the source work that runs off the request thread. */
final class DaemonThreads {

	private DaemonThreads() {
	}

	static ThreadFactory named(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

}
