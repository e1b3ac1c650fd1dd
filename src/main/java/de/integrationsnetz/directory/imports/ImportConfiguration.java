package de.integrationsnetz.directory.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Import settings. The background executor is deliberately not a bean: an {@code Executor} bean would replace Spring
 * Boot's {@code applicationTaskExecutor}, which other modules' asynchronous listeners use.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {}
