package com.interviewbank.guide;

import java.util.List;

/**
 * Published on every node once it serves another set of versions, whether the change was made on
 * this node or read from the shared database by polling: what is worked out from the content
 * served (the related questions) can be made ready before the first reader asks for it.
 *
 * @param versions the versions now served, as {@link ServedContent#servedVersionIds()} lists them
 */
public record ServedVersionsChanged(List<Long> versions) {
}
