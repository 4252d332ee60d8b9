package com.interviewbank.search;

import java.util.Map;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.interviewbank.guide.Question;
import com.interviewbank.system.BankProperties;

/**
 * Hibernate Search's settings: the index mapping of questions, and the backend chosen by
 * {@code bank.search.backend} ({@code lucene}, the default, with its index under the data folder;
 * or {@code elasticsearch}, for several nodes), each with its own analysis configurer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchMappingConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchBackend(BankProperties bank, SearchProperties search) {
		return properties -> {
			String index = search.backend() == SearchProperties.Backend.ELASTICSEARCH ? IndexFields.ELASTICSEARCH_INDEX
					: IndexFields.LUCENE_INDEX;
			properties.put("hibernate.search.mapping.configurer",
					(HibernateOrmSearchMappingConfigurer) context -> map(context, index, search.backend()));
			// The mapping is programmatic (map below): no annotations to look for, so no Jandex index
			// of the app's jar to build at every start (a twentieth of a start's time on the main thread).
			properties.put("hibernate.search.mapping.process_annotations", "false");
			// Readers see a new version's documents as soon as the import that wrote them commits.
			properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
			if (search.backend() == SearchProperties.Backend.ELASTICSEARCH) {
				properties.putAll(Map.of("hibernate.search.backend.type", "elasticsearch",
						"hibernate.search.backend.uris", search.elasticsearch().uris(),
						"hibernate.search.backend.analysis.configurer", new ElasticsearchAnalysis(),
						"hibernate.search.backend.version_check.enabled", String.valueOf(search.elasticsearch().versionCheck()),
						"hibernate.search.schema_management.strategy", search.elasticsearch().schemaManagement()));
				if (!search.elasticsearch().versionCheck()) {
					properties.put("hibernate.search.backend.version", search.elasticsearch().version());
				}
			}
			else {
				properties.put("hibernate.search.backend.type", "lucene");
				properties.put("hibernate.search.backend.directory.root", bank.dataDir().resolve("index").toString());
				properties.put("hibernate.search.backend.analysis.configurer", new LuceneAnalysis());
			}
		};
	}

	private static void map(HibernateOrmMappingConfigurationContext context, String index,
			SearchProperties.Backend backend) {
		var question = context.programmaticMapping().type(Question.class);
		question.indexed().index(index);
		question.binder(new QuestionIndexBinder(backend));
	}

}
