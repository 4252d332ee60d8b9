package com.interviewbank.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Guard rails for imports, under {@code bank.import.*}.
 *
 * @param maxSize the largest guide accepted (default 5MB)
 * @param maxNestingDepth the deepest nesting of lists, quotes or emphasis accepted (default 64)
 */
@ConfigurationProperties("bank.import")
record ImportProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("64") int maxNestingDepth) {
}
