/**
 * The importer: turns a Markdown interview guide into topics, questions and sanitized answers.
 *
 * <p>
 * The core ({@link com.interviewbank.importer.GuideParser} and what it uses) is plain Java with
 * no Spring types: it decodes and checks the bytes, repairs damaged text, finds the outline and
 * renders each answer once, at import time.
 */
package com.interviewbank.importer;
