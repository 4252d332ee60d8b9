package com.interviewbank.system;

import java.util.concurrent.ThreadFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Named daemon threads for work that runs off the request thread. */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	public static ThreadFactory named(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

}
