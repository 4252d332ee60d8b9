/**
 * The admin's pages and API: imports with their previews, diffs and history, guide management and
 * search insight. Access rules live in {@code security}.
 */
package com.interviewbank.admin;
