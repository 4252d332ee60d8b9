package com.interviewbank.practice;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Short links to interviewers' sets: {@code POST /api/sets {name, ids}} → {@code 201 {code, url}}.
 * Open to readers like the rest of the read side: a link stores nothing but public question keys,
 * and the same set always gets the same link.
 */
@RestController
class SetApiController {

	private final SharedSets sets;

	SetApiController(SharedSets sets) {
		this.sets = sets;
	}

	record ShareRequest(String name, List<String> ids) {
	}

	record ShortLink(String code, String url) {
	}

	@PostMapping("/api/sets")
	ResponseEntity<ShortLink> share(@RequestBody ShareRequest request) {
		String code = this.sets.share(request.name(), request.ids());
		String url = "/s/" + code;
		return ResponseEntity.created(URI.create(url)).body(new ShortLink(code, url));
	}

}
