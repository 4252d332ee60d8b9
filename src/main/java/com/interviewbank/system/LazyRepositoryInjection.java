package com.interviewbank.system;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * Start-up (docs/ARCHITECTURE.md, "Start-up"): with the bean definitions made at build time
 * ({@code spring.aot.enabled}), repositories are injected as lazy proxies, so that a bean made while
 * Hibernate is still being built in the background ({@code spring.data.jpa.repositories.bootstrap-mode=deferred})
 * does not wait for it: the main thread goes on with the web, security and actuator beans. Spring
 * Data does the same itself when it scans for repositories, a scan that the build-time definitions
 * replace; so this does it only then. Registered in {@code META-INF/spring.factories}.
 */
public class LazyRepositoryInjection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (AotDetector.useGeneratedArtifacts() && context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
			beans.setAutowireCandidateResolver(new LazyRepositories());
		}
	}

	/** Annotation-driven injection, with a repository always behind a proxy made on first use. */
	static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

		@Override
		protected boolean isLazy(DependencyDescriptor descriptor) {
			return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
		}

	}

}
