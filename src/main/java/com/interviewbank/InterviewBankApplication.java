package com.interviewbank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Interview Bank: a self-hosted interview question bank built from Markdown guides.
 */
@SpringBootApplication
public class InterviewBankApplication {

	public static void main(String[] args) {
		SpringApplication.run(InterviewBankApplication.class, args);
	}

}
