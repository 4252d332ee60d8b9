/**
 * Reading the bank: the pages of guides, topics and questions, anchor redirects, the source
 * Markdown, and the read-only JSON API. Everything served here was rendered at import time.
 */
package com.interviewbank.browse;
