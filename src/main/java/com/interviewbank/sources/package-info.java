/**
 * Guides that live in Git repositories (docs/ARCHITECTURE.md, "Git sources"): the sources an admin
 * registers, fetching a branch or commit with JGit within limits, checks that dry-run what changed
 * with the commits it covers, webhooks from GitHub and GitLab, the polling fallback, and the
 * encrypted access tokens.
 */
package com.interviewbank.sources;
