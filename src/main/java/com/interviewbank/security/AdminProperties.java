package com.interviewbank.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin account, from {@code BANK_ADMIN_USERNAME} and {@code BANK_ADMIN_PASSWORD}. With no
 * password set, a random one is made and logged once at start-up; several nodes need it set.
 *
 * @param username the admin's user name
 * @param password the admin's password (empty: a random one per run)
 * @param token one more valid admin API token ({@code BANK_ADMIN_TOKEN}), for automation from the
 * first start; empty: only the tokens made in {@code /admin/tokens}
 */
@ConfigurationProperties("bank.admin")
record AdminProperties(@DefaultValue("admin") String username, String password, String token) {
}
