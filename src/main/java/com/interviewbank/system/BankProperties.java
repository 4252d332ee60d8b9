package com.interviewbank.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the bank keeps its data, under {@code bank.*}.
 *
 * @param dataDir the H2 database and the search index; {@code ./data} in
 * {@code application.properties}, the one place of that default because the datasource URL is made
 * from it (H2 needs a path that starts with {@code ./}, {@code ~/} or {@code /})
 */
@ConfigurationProperties("bank")
public record BankProperties(Path dataDir) {
}
