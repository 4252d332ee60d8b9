package com.interviewbank.web;

import jakarta.servlet.DispatcherType;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import com.interviewbank.guide.ServedContent;

/**
 * The filters of this package, all ahead of Spring Security (order -100): the request id first, so
 * every later log line has it; then caching, since a 304 needs no security work and a
 * {@code Cache-Control} set first is one Spring Security leaves alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration {

	@Bean
	FilterRegistrationBean<RequestId> requestId() {
		FilterRegistrationBean<RequestId> registration = new FilterRegistrationBean<>(new RequestId());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Right after the request id (same order, declared after it), so that no later filter, the page
	 * cache included, reads a query string Tomcat cannot decode: Tomcat reports it only once.
	 */
	@Bean
	FilterRegistrationBean<UnreadableParameters> unreadableParameters() {
		FilterRegistrationBean<UnreadableParameters> registration = new FilterRegistrationBean<>(new UnreadableParameters());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AllowedHosts> allowedHosts(WebProperties properties) {
		FilterRegistrationBean<AllowedHosts> registration = new FilterRegistrationBean<>(
				new AllowedHosts(properties.allowedHosts(), properties.publicUrl()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PublicCaching> publicCaching(ServedContent content, BuildId build) {
		FilterRegistrationBean<PublicCaching> registration = new FilterRegistrationBean<>(new PublicCaching(content, build));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Right after the request id and the query check (same order, declared after them), ahead of the
	 * request metrics, the host check, public caching, Spring Session and Spring Security: a kept page
	 * needs none of them ({@link RenderedPages} says why).
	 */
	@Bean
	FilterRegistrationBean<RenderedPages> renderedPages(ServedContent content, WebProperties properties,
			ObjectProvider<MeterRegistry> registry) {
		DataSize maxSize = properties.pageCache().maxSize();
		RenderedPages pages = new RenderedPages(content, maxSize.toBytes());
		registry.ifAvailable(meters -> CaffeineCacheMetrics.monitor(meters, pages.cache(), "pages"));
		FilterRegistrationBean<RenderedPages> registration = new FilterRegistrationBean<>(pages);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setEnabled(maxSize.toBytes() > 0);
		return registration;
	}

	/** Tomcat writes a page to the socket in 8 KB pieces by default; a topic page is 30 KB. */
	@Bean
	TomcatConnectorCustomizer wholePageWrites() {
		return connector -> connector.setProperty("socket.appWriteBufSize", "65536");
	}

	/** Takes the place of Boot's {@code ResourceUrlEncodingFilter}, which backs off for it. */
	@Bean
	AssetUrls assetUrls() {
		return new AssetUrls();
	}

	/** As Boot registers its own: on the error dispatch too, where the friendly error pages are written. */
	@Bean
	FilterRegistrationBean<AssetUrls> assetUrlsOnErrorPages(AssetUrls assetUrls) {
		FilterRegistrationBean<AssetUrls> registration = new FilterRegistrationBean<>(assetUrls);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<StaticAssetCaching> staticAssetCaching() {
		FilterRegistrationBean<StaticAssetCaching> registration = new FilterRegistrationBean<>(new StaticAssetCaching());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
