import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;

import com.interviewbank.InterviewBankApplication;

/**
 * Bench only (bench/startup-steps.sh runs it with the single-file source launcher on the extracted
 * jar's class path): starts the bank with Spring's BufferingApplicationStartup, prints the slowest
 * start steps (bean creation, context refresh, ...) by their own time (children left out) and by
 * their whole time, then stops. Not part of the app.
 */
public class StartupSteps {

	public static void main(String[] args) {
		long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		SpringApplication application = new SpringApplication(InterviewBankApplication.class);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		// The AOT initializer is looked up by the main class.
		application.setMainApplicationClass(InterviewBankApplication.class);
		ConfigurableApplicationContext context = application.run(args);
		long started = System.currentTimeMillis() - jvmStart;
		List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
		Map<Long, Long> childMillis = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				childMillis.merge(parent, event.getDuration().toMillis(), Long::sum);
			}
		}
		record Step(String name, long total, long self, Long parent) {
		}
		Map<Long, Step> byId = new HashMap<>();
		List<Step> steps = new ArrayList<>();
		for (TimelineEvent event : events) {
			StringBuilder name = new StringBuilder(event.getStartupStep().getName());
			event.getStartupStep().getTags().forEach(tag -> {
				if (!tag.getKey().equals("beanType")) {
					name.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
				}
			});
			long total = event.getDuration().toMillis();
			Step step = new Step(name.toString(), total, total - childMillis.getOrDefault(event.getStartupStep().getId(), 0L),
					event.getStartupStep().getParentId());
			steps.add(step);
			byId.put(event.getStartupStep().getId(), step);
		}
		int top = Integer.getInteger("steps.top", 25);
		System.out.printf("%n== started %d ms after the JVM; %d steps recorded%n", started, steps.size());
		System.out.printf("== the %d slowest steps by own time (ms, children left out; total in brackets)%n", top);
		steps.stream().sorted(Comparator.comparingLong(Step::self).reversed()).limit(top)
			.forEach(step -> {
				System.out.printf("%6d (%6d)  %s%n", step.self(), step.total(), abbreviate(step.name()));
				// What made it run: the beans it was created for (the steps it ran inside).
				StringBuilder via = new StringBuilder();
				for (Step parent = byId.get(step.parent()); parent != null; parent = byId.get(parent.parent())) {
					via.append(via.isEmpty() ? "" : " < ").append(parent.name().replace("spring.beans.instantiate beanName=", ""));
				}
				if (!via.isEmpty()) {
					System.out.printf("                inside %s%n", abbreviate(via.toString()));
				}
			});
		context.close();
		System.exit(0);
	}

	private static String abbreviate(String name) {
		return name.length() > 200 ? name.substring(0, 200) + "…" : name;
	}

}
