package com.interviewbank.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.interviewbank.guide.Guide;
import com.interviewbank.guide.GuideRepository;
import com.interviewbank.guide.GuideVersion;

/**
 * {@code /actuator/info} tells which version of each published guide readers see, and how the last
 * import went; the build part comes from Spring Boot's build info.
 */
@Component
class ImportInfoContributor implements InfoContributor {

	private final GuideRepository guides;

	private final ImportRunRepository runs;

	ImportInfoContributor(GuideRepository guides, ImportRunRepository runs) {
		this.guides = guides;
		this.runs = runs;
	}

	@Override
	@Transactional(readOnly = true)
	public void contribute(Info.Builder builder) {
		Map<String, Object> versions = new LinkedHashMap<>();
		for (Guide guide : this.guides.findAllPublished()) {
			GuideVersion version = guide.getActiveVersion();
			versions.put(guide.getSlug(), Map.of("version", version.getNumber(), "questions", version.getQuestionCount(),
					"since", guide.getUpdatedAt().toString()));
		}
		builder.withDetail("content", versions);
		this.runs.findFirstByOrderByStartedAtDescIdDesc().ifPresent(run -> builder.withDetail("lastImport", lastImport(run)));
	}

	/** A deleted guide (or a refused slug) is not named: info tells what exists. */
	private Map<String, Object> lastImport(ImportRun run) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("id", run.getId());
		if (run.getGuideSlug() != null && this.guides.findBySlug(run.getGuideSlug()).isPresent()) {
			detail.put("guide", run.getGuideSlug());
		}
		detail.put("status", run.getStatus().name());
		detail.put("startedAt", run.getStartedAt().toString());
		detail.put("finishedAt", run.getFinishedAt() != null ? run.getFinishedAt().toString() : null);
		return detail;
	}

}
