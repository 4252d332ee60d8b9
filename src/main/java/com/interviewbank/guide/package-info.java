/**
 * The catalogue readers see: guides, their versions, topics, questions and prompts, the old slugs
 * that still lead somewhere, and the content this node serves ({@link com.interviewbank.guide.ServedContent}),
 * with the events that announce a change of it.
 */
package com.interviewbank.guide;
