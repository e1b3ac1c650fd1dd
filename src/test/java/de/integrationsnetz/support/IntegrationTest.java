package de.integrationsnetz.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context every integration test shares: the whole app on a random port, a real (embedded,
 * throw-away) PostgreSQL, the demo data, and a GreenMail SMTP server that receives every e-mail the app sends.
 * Use exactly this annotation and nothing that changes the context, so that the context starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.database.embedded.ephemeral=true", "app.demo.enabled=true",
                "spring.thymeleaf.cache=true", "logging.level.org.springframework.security=WARN",
                "app.directory.search.directory-type=local-heap"})
@AutoConfigureMockMvc
@Import(MailTestConfiguration.class)
public @interface IntegrationTest {}
