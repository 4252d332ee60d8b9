/**
 * The bank: versioned guides, their topics and questions, old slugs, and the record of every
 * import; the service that stores a parsed guide as a new version and switches to it; and the
 * start-up import of {@code content/}.
 */
package com.interviewbank.bank;
