package com.interviewbank.security;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API's tokens through the API itself: {@code POST {name}} answers the token, once.
 */
@RestController
@RequestMapping("/admin/api/tokens")
class ApiTokenController {

	record NewToken(String name) {
	}

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.Created create(@RequestBody NewToken request, Principal admin) {
		return this.tokens.create(request.name(), admin.getName());
	}

	@GetMapping
	List<ApiTokens.Listed> list() {
		return this.tokens.list();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id) {
		this.tokens.revoke(id);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badName(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid token name");
		return problem;
	}

}
