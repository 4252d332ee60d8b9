package com.interviewbank.guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ServedContentTests {

	private final GuideRepository guides = mock(GuideRepository.class);

	private final List<Object> published = new ArrayList<>();

	private final ServedContent content = new ServedContent(this.guides, inline(),
			new StaticListableBeanFactory().getBeanProvider(VersionCatchUp.class), this.published::add);

	@Test
	void shouldTellEveryListenerWhichVersionsItServesOnceItServesOthers() {
		given(this.guides.states()).willReturn(List.of(guide(1, 10L)));
		assertThat(this.content.servedVersionIds()).containsExactly(10L);
		assertThat(this.published).containsExactly(new ServedVersionsChanged(List.of(10L)));

		// Another node activated a new version: this node reads it when it polls.
		given(this.guides.states()).willReturn(List.of(guide(1, 11L), guide(2, 20L)));
		this.content.poll();
		assertThat(this.published).hasSize(2);
		assertThat(((ServedVersionsChanged) this.published.get(1)).versions()).containsExactlyInAnyOrder(11L, 20L);
	}

	@Test
	void shouldStayQuietWhenOnlyATitleChanged() {
		given(this.guides.states()).willReturn(List.of(guide(1, 10L)));
		this.content.poll();
		given(this.guides.states()).willReturn(List.of(new GuideState(1, "guide-1", 10L, "Renamed", "en", true, Instant.EPOCH)));
		this.content.poll();
		assertThat(this.published).containsExactly(new ServedVersionsChanged(List.of(10L)));
	}

	private static GuideState guide(long id, Long version) {
		return new GuideState(id, "guide-" + id, version, "Guide " + id, "en", true, Instant.EPOCH);
	}

	@SuppressWarnings("unchecked")
	private static TransactionTemplate inline() {
		TransactionTemplate transactions = mock(TransactionTemplate.class);
		given(transactions.execute(any())).willAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction(null));
		return transactions;
	}

}
