/**
 * HTTP for readers, proxies and CDNs: the one list of public pages, ETag and Cache-Control from the
 * content this node serves, rendered pages kept in memory, canonical links, long-lived versioned
 * assets, and a request id in every log line.
 */
package com.interviewbank.web;
