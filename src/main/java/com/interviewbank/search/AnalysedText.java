package com.interviewbank.search;

import java.util.List;

/**
 * A text's tokens as an analyser gives them ({@link AnalysedToken#of}), with the hash code of
 * each token's term side by side in one array: marking a text ({@link TextMarks}) scans every
 * token for the few terms of a query, and comparing hash codes held together costs a fraction of
 * reading each token's term from wherever it lies in memory.
 */
record AnalysedText(List<AnalysedToken> tokens, int[] termHashes) {

	static AnalysedText of(List<AnalysedToken> tokens) {
		List<AnalysedToken> kept = List.copyOf(tokens);
		int[] hashes = new int[kept.size()];
		for (int i = 0; i < hashes.length; i++) {
			hashes[i] = kept.get(i).text().hashCode();
		}
		return new AnalysedText(kept, hashes);
	}

}
