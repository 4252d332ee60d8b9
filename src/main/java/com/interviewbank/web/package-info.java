/**
 * HTTP for readers, proxies and CDNs: ETag and Cache-Control from the active content, long-lived
 * versioned assets, security headers, and a request id in every log line.
 */
package com.interviewbank.web;
