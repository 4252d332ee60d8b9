package com.interviewbank.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.webjars.WebJarVersionLocator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code grammars the Prism WebJar ships, by every name a fence may give (its id and aliases), read
 * once from the WebJar's own {@code components.json}. Pages ask for it before loading a grammar, so a
 * fence in a language Prism lacks ({@code text}, {@code console}) stays plain instead of costing a
 * failed request.
 */
@RestController
class CodeLanguages {

	static final String PATH = "/js/code-languages.json";

	private final Map<String, String> grammarByName;

	CodeLanguages(JsonMapper json) {
		this.grammarByName = readGrammars(json);
	}

	@GetMapping(PATH)
	ResponseEntity<Map<String, String>> grammars() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(grammarByName);
	}

	private static Map<String, String> readGrammars(JsonMapper json) {
		String path = new WebJarVersionLocator().fullPath("prismjs", "components.json");
		if (path == null) {
			throw new IllegalStateException("The prismjs WebJar is not on the class path");
		}
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			JsonNode languages = json.readTree(in).get("languages");
			Map<String, String> byName = new TreeMap<>();
			for (Map.Entry<String, JsonNode> language : languages.properties()) {
				String id = language.getKey();
				if (id.equals("meta")) {
					continue;
				}
				byName.put(id, id);
				JsonNode aliases = language.getValue().path("alias");
				if (aliases.isString()) {
					byName.putIfAbsent(aliases.asString(), id);
				}
				aliases.values().forEach(alias -> byName.putIfAbsent(alias.asString(), id));
			}
			return Collections.unmodifiableMap(byName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
