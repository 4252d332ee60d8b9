/**
 * Who may do what: the admin's login (a form for pages, bearer tokens for the admin API), the
 * throttle on failed logins, and the security headers of every response. Readers need no login and
 * get no session.
 */
package com.interviewbank.security;
