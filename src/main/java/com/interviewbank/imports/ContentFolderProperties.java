package com.interviewbank.imports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The folder of guides imported at start-up, under {@code bank.*}.
 *
 * @param contentDir the Markdown guides imported at start-up
 * @param importContentAtStartup whether to import what is new or changed in the content folder
 * when the app starts
 */
@ConfigurationProperties("bank")
record ContentFolderProperties(@DefaultValue("content") Path contentDir,
		@DefaultValue("true") boolean importContentAtStartup) {
}
