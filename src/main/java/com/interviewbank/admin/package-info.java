/**
 * Admins: login, and the admin pages (search insight now; imports with their previews and history
 * as they come). Readers need no login and get no session.
 */
package com.interviewbank.admin;
