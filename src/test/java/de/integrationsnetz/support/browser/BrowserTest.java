package de.integrationsnetz.support.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the running application in Chromium. Put it next to
 * {@link de.integrationsnetz.support.IntegrationTest} (which starts the app on a random port, shared with every other
 * integration test); test methods then take a {@link BrowserSession} parameter.
 *
 * <p>Without a Chromium the class is skipped with a loud warning, unless the browser tests are required
 * ({@code BROWSER_TESTS=required} or {@code -Dbrowser.tests=required}, as in CI): then it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
