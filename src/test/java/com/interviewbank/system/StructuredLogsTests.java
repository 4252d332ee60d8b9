package com.interviewbank.system;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} (or {@code logstash}) makes every log line a JSON
 * object, and the request id that {@code web.RequestId} puts in the MDC is a field of it.
 */
class StructuredLogsTests {

	@Test
	void shouldWriteJsonLinesWithTheRequestId() {
		for (String format : new String[] { "ecs", "logstash" }) {
			JsonNode line = JsonMapper.builder().build().readTree(encode(format));
			assertThat(line.findValue("requestId").asString()).as(format).isEqualTo("4f2a9c01d3b7e655");
			assertThat(line.toString()).as(format).contains("Imported a guide");
		}
	}

	private static String encode(String format) {
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(), new StandardEnvironment());
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(format);
		encoder.start();
		LoggingEvent event = new LoggingEvent("test", context.getLogger("com.interviewbank.imports.ImportService"),
				Level.INFO, "Imported a guide", null, null);
		event.setMDCPropertyMap(Map.of("requestId", "4f2a9c01d3b7e655"));
		return new String(encoder.encode(event), StandardCharsets.UTF_8);
	}

}
