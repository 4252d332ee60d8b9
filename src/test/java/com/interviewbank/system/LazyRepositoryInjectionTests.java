package com.interviewbank.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the build-time bean definitions, a repository is injected as a proxy that finds it on first
 * use (so a bean made while Hibernate is built in the background does not wait); anything else is
 * injected as usual. Without them Spring Data's own scan does this, so the initializer leaves the
 * context alone.
 */
class LazyRepositoryInjectionTests {

	interface Notes extends Repository<Object, Long> {

	}

	static class Reader {

		Notes notes;

		String title;

	}

	@Test
	void shouldInjectARepositoryAsAProxyAndAnythingElseAsUsual() throws NoSuchFieldException {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		LazyRepositoryInjection.LazyRepositories resolver = new LazyRepositoryInjection.LazyRepositories();
		resolver.setBeanFactory(beans);

		Object notes = resolver.getLazyResolutionProxyIfNecessary(
				new DependencyDescriptor(Reader.class.getDeclaredField("notes"), true), "reader");
		Object title = resolver.getLazyResolutionProxyIfNecessary(
				new DependencyDescriptor(Reader.class.getDeclaredField("title"), true), "reader");

		assertThat(notes).isInstanceOf(Notes.class);
		assertThat(title).isNull();
	}

	@Test
	void shouldLeaveTheContextToSpringDataWithoutBuildTimeDefinitions() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new LazyRepositoryInjection().initialize(context);
			assertThat(context.getDefaultListableBeanFactory().getAutowireCandidateResolver())
				.isNotInstanceOf(LazyRepositoryInjection.LazyRepositories.class);
		}
	}

}
