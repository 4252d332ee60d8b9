package com.interviewbank.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the bank is reached and what it keeps of its pages, under {@code bank.*}.
 *
 * @param publicUrl the address readers reach the bank at (behind a CDN or proxy), for canonical
 * links, OpenGraph, the sitemap and feeds; empty: the address of each request
 * @param pageCache rendered guide pages kept in memory per content version
 * @param allowedHosts the host names the bank answers for (another gets 400); empty: the host of
 * {@code public-url} and {@code localhost}, or every host (answers then vary by Host) when
 * {@code public-url} is empty too
 */
@ConfigurationProperties("bank")
public record WebProperties(@DefaultValue("") String publicUrl, @DefaultValue PageCache pageCache,
		@DefaultValue List<String> allowedHosts) {

	/** @param maxSize how many bytes of rendered pages to keep (0 turns the page cache off) */
	public record PageCache(@DefaultValue("16MB") DataSize maxSize) {
	}

}
