package com.interviewbank.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the bank is reached and what it keeps of its pages, under {@code bank.*}.
 *
 * @param publicUrl the address readers reach the bank at (behind a CDN or proxy), for canonical
 * links, OpenGraph, the sitemap and feeds; empty: the address of each request
 * @param pageCache rendered guide pages kept in memory per content version
 */
@ConfigurationProperties("bank")
public record WebProperties(@DefaultValue("") String publicUrl, @DefaultValue PageCache pageCache) {

	/** @param maxSize how many bytes of rendered pages to keep (0 turns the page cache off) */
	public record PageCache(@DefaultValue("16MB") DataSize maxSize) {
	}

}
