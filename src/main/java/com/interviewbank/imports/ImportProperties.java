package com.interviewbank.imports;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import com.interviewbank.markdown.ParseLimits;

/**
 * Guard rails for imports, under {@code bank.import.*}; what is not set keeps the parser's own
 * default ({@link ParseLimits#DEFAULT}, the one place of those numbers).
 *
 * @param maxSize the largest guide accepted (default 5MB)
 * @param maxNestingDepth the deepest nesting of lists, quotes or emphasis accepted (default 64)
 */
@ConfigurationProperties("bank.import")
@Validated
record ImportProperties(DataSize maxSize, @Positive Integer maxNestingDepth) {

	ParseLimits limits() {
		ParseLimits defaults = ParseLimits.DEFAULT;
		return new ParseLimits(this.maxSize != null ? Math.toIntExact(this.maxSize.toBytes()) : defaults.maxBytes(),
				this.maxNestingDepth != null ? this.maxNestingDepth : defaults.maxNestingDepth());
	}

}
