package com.interviewbank.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bank keeps its data and finds its guides, under {@code bank.*}.
 *
 * @param dataDir the H2 database and search index (default {@code ./data}; H2 needs a path that starts with {@code ./}, {@code ~/} or {@code /})
 * @param contentDir the Markdown guides imported at start-up (default {@code ./content})
 * @param importContentAtStartup whether to import {@code content/} when the app starts
 */
@ConfigurationProperties("bank")
public record BankProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("content") Path contentDir,
		@DefaultValue("true") boolean importContentAtStartup) {
}
