package com.interviewbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every public page its canonical address (for {@code <link rel="canonical">} and
 * OpenGraph): the path, with the query only where the query chooses the content (and a long
 * topic's page number).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class CanonicalLinks implements WebMvcConfigurer {

	private final PublicUrl publicUrl;

	CanonicalLinks(WebProperties properties) {
		this.publicUrl = new PublicUrl(properties.publicUrl());
	}

	@Bean
	PublicUrl publicUrl() {
		return this.publicUrl;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")) {
					view.addObject("canonicalUrl", canonical(request));
				}
			}

		}).excludePathPatterns("/admin/**", "/api/**");
	}

	private String canonical(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		boolean keepQuery = query != null && PublicPages.queryChoosesContent(path);
		return this.publicUrl.base(request) + path + (keepQuery ? "?" + query : pageOf(request));
	}

	/** A later page of a long topic is a page of its own. */
	private static String pageOf(HttpServletRequest request) {
		String page = request.getParameter("page");
		return page != null && page.matches("[1-9][0-9]{0,5}") && !page.equals("1") ? "?page=" + page : "";
	}

}
