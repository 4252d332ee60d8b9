package com.interviewbank.system;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so the compose file is checked as text: PostgreSQL healthy before
 * the app starts, data in a named volume, secrets only from the environment, OpenSearch behind a
 * profile, and every variable given to the app one that binds, by Spring Boot's relaxed rules, to
 * a property the app reads (Spring Boot's own, from its metadata, or one of the bank's
 * {@code @ConfigurationProperties}).
 */
class DockerComposeTests {

	@SuppressWarnings("unchecked")
	private final Map<String, Object> compose = (Map<String, Object>) load();

	@Test
	void shouldStartTheAppOnceItsDatabaseIsHealthy() {
		Map<String, Object> postgres = service("postgres");
		assertThat((Map<String, Object>) postgres.get("healthcheck")).containsKey("test");
		assertThat((List<String>) postgres.get("volumes")).anyMatch(volume -> volume.startsWith("postgres-data:"));
		assertThat((Map<String, Object>) this.compose.get("volumes")).containsKey("postgres-data");
		Map<String, Object> dependsOn = map(service("app").get("depends_on"));
		assertThat(map(dependsOn.get("postgres"))).containsEntry("condition", "service_healthy");
	}

	@Test
	void shouldTakeEverySecretFromTheEnvironment() {
		Map<String, Object> environment = map(service("app").get("environment"));
		for (String secret : new String[] { "SPRING_DATASOURCE_PASSWORD", "BANK_ADMIN_PASSWORD" }) {
			assertThat(String.valueOf(environment.get(secret))).as(secret).matches("\\$\\{[A-Z_]+:\\?.+}");
		}
		assertThat(String.valueOf(map(service("postgres").get("environment")).get("POSTGRES_PASSWORD")))
			.isEqualTo(String.valueOf(environment.get("SPRING_DATASOURCE_PASSWORD")));
	}

	@Test
	void shouldOfferOpenSearchAsAProfileWiredToTheSearchBackend() {
		assertThat((List<String>) service("opensearch").get("profiles")).containsExactly("opensearch");
		Map<String, Object> environment = map(service("app").get("environment"));
		assertThat(environment).containsEntry("BANK_SEARCH_ELASTICSEARCH_URIS", "http://opensearch:9200");
		assertThat(String.valueOf(environment.get("BANK_SEARCH_BACKEND"))).contains("BANK_SEARCH_BACKEND");
		assertThat(map(map(service("app").get("depends_on")).get("opensearch"))).containsEntry("required", false);
	}

	@Test
	void shouldSetOnlyPropertiesTheAppReads() throws Exception {
		Map<String, Object> environment = map(service("app").get("environment"));
		ConfigurationPropertySource variables = ConfigurationPropertySource.from(
				new SystemEnvironmentPropertySource("compose-systemEnvironment", environment.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, entry -> (Object) String.valueOf(entry.getValue())))));
		Set<String> known = knownProperties();
		assertThat(known).contains("spring.datasource.url", "bank.admin.password", "bank.search.elasticsearch.uris");
		Set<String> read = new HashSet<>();
		for (String property : known) {
			ConfigurationProperty bound = ConfigurationPropertyName.isValid(property)
					? variables.getConfigurationProperty(ConfigurationPropertyName.of(property)) : null;
			if (bound != null) {
				read.add(((PropertySourceOrigin) bound.getOrigin()).getPropertyName());
			}
		}
		assertThat(environment.keySet()).as("variables that bind to no property the app reads")
			.allMatch(read::contains);
	}

	private static Set<String> knownProperties() throws IOException, ClassNotFoundException {
		Set<String> known = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (Resource metadata : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
			try (InputStream in = metadata.getInputStream()) {
				json.readTree(in).path("properties").forEach(property -> known.add(property.path("name").asString()));
			}
		}
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.interviewbank")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			addRecord(known, type.getAnnotation(ConfigurationProperties.class).value(), type);
		}
		return known;
	}

	private static void addRecord(Set<String> known, String prefix, Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
			if (component.getType().isRecord()) {
				addRecord(known, name, component.getType());
			}
			else {
				known.add(name);
			}
		}
	}

	private Map<String, Object> service(String name) {
		return map(map(this.compose.get("services")).get(name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static Object load() {
		try {
			return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("docker-compose.yml is missing", ex);
		}
	}

}
