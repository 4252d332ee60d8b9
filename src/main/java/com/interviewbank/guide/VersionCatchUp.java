package com.interviewbank.guide;

import java.util.Set;

/**
 * What a node keeps of its own and must bring up to date before it serves other versions (its
 * search index): called by {@link ServedContent} before it switches this node to them.
 */
public interface VersionCatchUp {

	/**
	 * @param added versions about to be served that were not
	 * @param retired versions no longer to be served
	 */
	void catchUp(Set<Long> added, Set<Long> retired);

}
