package com.interviewbank.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.interviewbank.support.SharedBankTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client's malformed request gets from the real server: the security headers even on
 * Tomcat's own 400, and no ERROR line in the log for it.
 */
@SharedBankTest
@ExtendWith(OutputCaptureExtension.class)
class ContainerErrorTests {

	@LocalServerPort
	private int port;

	@Test
	void shouldSendTheSecurityHeadersWithTomcatsOwn400() throws IOException {
		String answer = raw("GET /guides/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).containsIgnoringCase("Content-Security-Policy: default-src 'self'")
			.containsIgnoringCase("X-Content-Type-Options: nosniff");
	}

	@Test
	void shouldNotLogAnErrorForABadlyEncodedSearch(CapturedOutput output) throws Exception {
		int before = output.getOut().length();
		String answer = raw("GET /search?q=% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
