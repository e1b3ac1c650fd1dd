package de.integrationsnetz.support.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives browser tests a {@link BrowserSession}: checks that a Chromium exists (skip loudly or fail, see
 * {@link BrowserTest}), starts one shared Chromium for the whole JVM, and opens a fresh, isolated session per test.
 * When a test fails, every page it had open is saved as a screenshot under {@code target/browser-failures/}.
 */
final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final Path FAILURES = Paths.get("target", "browser-failures");
    private static final String INSTALL = "Install it with `apt-get install -y chromium fonts-noto-core` or point "
            + Chromium.PATH_VARIABLE + " at a Chromium executable (searched: " + Chromium.searchedLocations() + ").";

    /** Without a Chromium the test class is skipped (reported as skipped) with a loud banner, unless required. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.find().isPresent() || Chromium.required()) {
            return ConditionEvaluationResult.enabled("Chromium found or browser tests required");
        }
        if (context.getTestMethod().isEmpty()) {
            banner(context);
        }
        return ConditionEvaluationResult.disabled("No Chromium found (searched " + Chromium.searchedLocations()
                + "); browser tests skipped");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sharedBrowser(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedBrowser shared = sharedBrowser(context);
        // Stored in the test method's store: JUnit closes it (and with it every context the test opened) afterwards.
        return context.getStore(NAMESPACE).computeIfAbsent(BrowserSession.class,
                key -> new BrowserSession(shared, baseUrl(context)), BrowserSession.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session == null || context.getExecutionException().isEmpty()) {
            return;
        }
        List<Page> pages = session.openPages();
        for (int index = 0; index < pages.size(); index++) {
            String name = (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName() + "-" + index)
                    .replaceAll("[^A-Za-z0-9._-]+", "_");
            Path file = FAILURES.resolve(name + ".png");
            try {
                Files.createDirectories(FAILURES);
                pages.get(index).screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.err.println("Browser test failed; screenshot of " + pages.get(index).url() + ": " + file.toAbsolutePath());
            } catch (IOException | RuntimeException ignored) {
                // A screenshot is a debugging aid; never hide the real failure behind it.
            }
        }
    }

    /** The one Chromium of this JVM, started on first use and closed by JUnit when the whole run ends. */
    private static SharedBrowser sharedBrowser(ExtensionContext context) {
        Optional<Path> executable = Chromium.find();
        if (executable.isEmpty()) {
            missingChromium(context);
        }
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedBrowser.class,
                key -> new SharedBrowser(executable.get()), SharedBrowser.class);
    }

    private static void missingChromium(ExtensionContext context) {
        if (Chromium.required()) {
            throw new IllegalStateException("Browser tests are required (" + Chromium.MODE_VARIABLE + "=required or -D"
                    + Chromium.MODE_PROPERTY + "=required) but no Chromium was found. " + INSTALL);
        }
        banner(context);
        Assumptions.abort("No Chromium found (searched " + Chromium.searchedLocations() + "); browser tests skipped");
    }

    private static void banner(ExtensionContext context) {
        String line = "!".repeat(100);
        System.err.println("\n" + line + "\n!!! BROWSER TESTS SKIPPED: no Chromium found, "
                + context.getRequiredTestClass().getSimpleName() + " did not run.\n!!! " + INSTALL
                + "\n!!! CI runs them with " + Chromium.MODE_VARIABLE + "=required, where a missing Chromium fails the build.\n"
                + line + "\n");
    }

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("Browser tests need the app on a real port: annotate "
                    + context.getRequiredTestClass().getSimpleName() + " with @IntegrationTest");
        }
        return "http://localhost:" + port;
    }
}
