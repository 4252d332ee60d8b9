package com.interviewbank.guide;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.interviewbank.system.Sha256;

/**
 * The versions this node serves: the guides' active versions as this node last read them, after
 * each change made here and by polling for changes made by other nodes sharing the database.
 * Pages and search read the version from here, not from the database, and it moves to a new
 * version only once every {@link VersionCatchUp} (the local search index) holds it, so a node
 * never serves a new version's pages with an old version's search, nor the reverse. Its
 * fingerprint changes whenever any page or API answer could, so it makes their ETag.
 */
@Component
public class ServedContent {

	private static final Logger log = LoggerFactory.getLogger(ServedContent.class);

	private record Snapshot(List<GuideState> guides, Set<Long> servedVersions, String fingerprint) {
	}

	private final GuideRepository guideRepository;

	private final TransactionTemplate transactions;

	private final ObjectProvider<VersionCatchUp> catchUps;

	private final ApplicationEventPublisher events;

	private volatile Snapshot current;

	ServedContent(GuideRepository guideRepository, TransactionTemplate transactions,
			ObjectProvider<VersionCatchUp> catchUps, ApplicationEventPublisher events) {
		this.guideRepository = guideRepository;
		this.transactions = transactions;
		this.catchUps = catchUps;
		this.events = events;
	}

	/** A short hash of every guide's state: equal fingerprints mean equal content. */
	public String fingerprint() {
		return snapshot().fingerprint();
	}

	public List<GuideState> guides() {
		return snapshot().guides();
	}

	/**
	 * A guide as this node serves it, if it serves it at all: its version, with the title and
	 * language that version was activated with (the database's may be a newer version's already).
	 */
	public Optional<GuideState> served(long guideId) {
		return snapshot().guides()
			.stream()
			.filter(guide -> guide.guideId() == guideId && isServed(guide))
			.findFirst();
	}

	/** The version of a guide this node serves, if it serves the guide at all. */
	public Optional<Long> servedVersion(long guideId) {
		return served(guideId).map(GuideState::activeVersionId);
	}

	/** The slug of the guide of each version this node serves, by version: where its questions are. */
	public Map<Long, String> guideSlugsByServedVersion() {
		return snapshot().guides()
			.stream()
			.filter(ServedContent::isServed)
			.collect(Collectors.toUnmodifiableMap(GuideState::activeVersionId, GuideState::slug));
	}

	/** The versions of every published guide this node serves: what searches look in. */
	public List<Long> servedVersionIds() {
		return List.copyOf(snapshot().servedVersions());
	}

	/** Reads the bank again once a change made on this node is committed. */
	@TransactionalEventListener(fallbackExecution = true,
			classes = { VersionActivated.class, GuideChanged.class, GuideRenamed.class, GuideRemoved.class })
	void bankChanged() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Could not switch to the bank's new state yet ({}); the next poll tries again", ex.toString());
		}
	}

	/** Picks up what other nodes changed in the shared database ({@link ServedContentPolling}). */
	void poll() {
		bankChanged();
	}

	private Snapshot snapshot() {
		Snapshot snapshot = this.current;
		return snapshot != null ? snapshot : refresh();
	}

	synchronized Snapshot refresh() {
		List<GuideState> states = this.transactions.execute(status -> this.guideRepository.states());
		Snapshot before = this.current;
		if (before != null && before.guides().equals(states)) {
			return before;
		}
		Set<Long> served = served(states);
		Set<Long> previous = before != null ? before.servedVersions() : Set.of();
		Set<Long> added = difference(served, previous);
		Set<Long> retired = difference(previous, served);
		boolean versionsChanged = !added.isEmpty() || !retired.isEmpty();
		if (versionsChanged) {
			this.catchUps.orderedStream().forEach(catchUp -> catchUp.catchUp(added, retired));
		}
		this.current = new Snapshot(states, served, fingerprintOf(states));
		if (versionsChanged || before == null) {
			this.events.publishEvent(new ServedVersionsChanged(List.copyOf(served)));
		}
		return this.current;
	}

	private static Set<Long> served(List<GuideState> states) {
		return states.stream().filter(ServedContent::isServed).map(GuideState::activeVersionId).collect(Collectors.toUnmodifiableSet());
	}

	private static boolean isServed(GuideState guide) {
		return guide.published() && guide.activeVersionId() != null;
	}

	private static Set<Long> difference(Set<Long> from, Set<Long> without) {
		Set<Long> difference = new HashSet<>(from);
		difference.removeAll(without);
		return Set.copyOf(difference);
	}

	private static String fingerprintOf(List<GuideState> states) {
		StringBuilder text = new StringBuilder();
		for (GuideState state : states) {
			text.append(state.guideId()).append(' ').append(state.slug()).append(' ')
				.append(Objects.toString(state.activeVersionId())).append(' ').append(state.title()).append(' ')
				.append(state.language()).append(' ').append(state.published()).append(' ')
				.append(state.updatedAt().toEpochMilli()).append('\n');
		}
		return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}

}
