package com.interviewbank.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/** Which URLs of a page reach the resource chain, and how often. */
class AssetUrlsTests {

	private final List<String> lookedUp = new ArrayList<>();

	private final AssetUrls filter = new AssetUrls();

	/** What Spring MVC hands a request: the chain and the handlers it has found. */
	private ResourceUrlProvider provider = provider();

	@BeforeEach
	void applicationReady() {
		ready(this.filter);
	}

	@Test
	void aStaticFileGetsItsHashedUrlOnEveryPage() throws Exception {
		assertThat(render("/css/bank.css")).containsExactly("/css/bank-abc.css");
		assertThat(render("/css/bank.css")).containsExactly("/css/bank-abc.css");
		assertThat(this.lookedUp).containsExactly("css/bank.css", "css/bank.css");
	}

	@Test
	void anAssetUrlWithNoFileIsLookedUpOnceAndThenWrittenAsItIs() throws Exception {
		assertThat(render("/js/code-languages.json", "/webjars/prismjs/components/"))
			.containsExactly("/js/code-languages.json", "/webjars/prismjs/components/");
		assertThat(render("/js/code-languages.json?v=2", "/webjars/prismjs/components/"))
			.containsExactly("/js/code-languages.json?v=2", "/webjars/prismjs/components/");
		assertThat(this.lookedUp).containsExactly("js/code-languages.json", "webjars/prismjs/components");
	}

	@Test
	void aPageWrittenOutsideSpringMvcTeachesNothingToLaterPages() throws Exception {
		List<String> written = new ArrayList<>();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
				(req, res) -> written.add(((HttpServletResponse) res).encodeURL("/css/bank.css")));
		assertThat(written).containsExactly("/css/bank.css");
		assertThat(render("/css/bank.css")).containsExactly("/css/bank-abc.css");
	}

	@Test
	void aPageServedBeforeTheResourceHandlersAreFoundTeachesNothingToLaterPages() throws Exception {
		AssetUrls starting = new AssetUrls();
		ResourceUrlProvider known = this.provider;
		this.provider = new ResourceUrlProvider();
		assertThat(render(starting, "/css/bank.css")).containsExactly("/css/bank.css");
		this.provider = known;
		ready(starting);
		assertThat(render(starting, "/css/bank.css")).containsExactly("/css/bank-abc.css");
	}

	@Test
	void aPageLinkNeverReachesTheChain() throws Exception {
		assertThat(render("/guides/python/questions/yield?hl=yield", "/search?q=gil"))
			.containsExactly("/guides/python/questions/yield?hl=yield", "/search?q=gil");
		assertThat(this.lookedUp).isEmpty();
	}

	private static void ready(AssetUrls filter) {
		filter.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
	}

	private List<String> render(String... urls) throws Exception {
		return render(this.filter, urls);
	}

	/** One page, as Thymeleaf writes its links: each URL through the response's encodeURL. */
	private List<String> render(AssetUrls through, String... urls) throws Exception {
		List<String> written = new ArrayList<>();
		through.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(), (req, res) -> {
			// Spring MVC's interceptor hands the provider to the request before the view renders.
			req.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, this.provider);
			for (String url : urls) {
				written.add(((HttpServletResponse) res).encodeURL(url));
			}
		});
		return written;
	}

	/** Resources under {@code /**} whose chain knows one file, {@code css/bank.css}, and counts its look-ups. */
	private ResourceUrlProvider provider() {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setResourceResolvers(List.of(new ResourceResolver() {

			@Override
			public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
					ResourceResolverChain chain) {
				return null;
			}

			@Override
			public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
				AssetUrlsTests.this.lookedUp.add(resourcePath);
				return resourcePath.equals("css/bank.css") ? "css/bank-abc.css" : null;
			}

		}));
		ResourceUrlProvider provider = new ResourceUrlProvider();
		provider.setHandlerMap(Map.of("/**", handler));
		return provider;
	}

}
