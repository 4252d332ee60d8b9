package com.interviewbank.browse;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideCatalogue;
import com.interviewbank.guide.GuideLinks;
import com.interviewbank.guide.QuestionRepository;
import com.interviewbank.guide.TopicRepository;
import com.interviewbank.web.PublicPages;
import com.interviewbank.web.PublicUrl;

/**
 * {@code /sitemap.xml} (every page of every published guide) and {@code /robots.txt} (which keeps
 * crawlers out of admin, the API, search results and random picks).
 */
@Controller
class SiteMapController {

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private final GuideCatalogue guides;

	private final TopicRepository topics;

	private final QuestionRepository questions;

	private final PublicUrl publicUrl;

	SiteMapController(GuideCatalogue guides, TopicRepository topics, QuestionRepository questions,
			PublicUrl publicUrl) {
		this.guides = guides;
		this.topics = topics;
		this.questions = questions;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap(HttpServletRequest request) {
		String base = this.publicUrl.base(request);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, base + "/", null);
		url(xml, base + "/practice", null);
		for (GuideCatalogue.Served served : this.guides.all()) {
			Guide guide = served.guide();
			String lastModified = DateTimeFormatter.ISO_LOCAL_DATE.format(guide.getUpdatedAt().atOffset(ZoneOffset.UTC));
			String slug = guide.getSlug();
			String guideUrl = base + GuideLinks.guide(slug);
			url(xml, guideUrl, lastModified);
			this.topics.findByVersionOrderByPosition(served.version())
				.forEach(topic -> url(xml, base + GuideLinks.topic(slug, topic.getSlug()), lastModified));
			this.questions.findByVersionOrderByPosition(served.version())
				.forEach(question -> url(xml, base + GuideLinks.question(slug, question.getSlug()), lastModified));
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(HttpServletRequest request) {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		PublicPages.notCrawled().forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
		robots.append("Sitemap: ").append(this.publicUrl.base(request)).append("/sitemap.xml\n");
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(robots.toString());
	}

	private static void url(StringBuilder xml, String location, String lastModified) {
		xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
