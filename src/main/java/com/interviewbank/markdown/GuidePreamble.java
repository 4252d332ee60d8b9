package com.interviewbank.markdown;

import java.util.Set;

/**
 * What surrounds a guide's topics: its front matter, its title heading and its own table of
 * contents, all 0-based line numbers.
 *
 * @param titleHeading the only H1, or null when the title comes from elsewhere
 */
record GuidePreamble(Set<Integer> frontMatterLines, SourceHeading titleHeading, Set<Integer> tableOfContentsLines) {
}
