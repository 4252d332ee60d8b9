package com.interviewbank.guide;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A question's tags in one column, one per line: a tag never holds a line break. */
@Converter
class TagListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> tags) {
		return tags == null ? "" : String.join("\n", tags);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
	}

}
