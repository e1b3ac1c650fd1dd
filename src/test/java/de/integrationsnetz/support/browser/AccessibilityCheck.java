package de.integrationsnetz.support.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/** axe-core in the page: WCAG 2.0 and 2.1, levels A and AA (what BITV 2.0 demands of us). */
public final class AccessibilityCheck {

    /** The axe rule tags we check; axe's best-practice rules and WCAG 2.2/AAA rules are not part of it. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AccessibilityCheck() {}

    /**
     * Runs axe on the page as it is now and fails with every violation, where it is (CSS selector and HTML) and how
     * to fix it.
     */
    public static void assertNoWcagViolations(Page page) {
        String url = page.url();
        // Injected as AxeBuilder does it, but axe runs in the page itself (AxeBuilder's default opens an extra page per
        // check to merge the results of cross-origin frames, which our pages do not have: twice the time), and only
        // the violations travel back (not every passed check with its HTML, which is large on big pages).
        page.evaluate(AxeBuilder.getAxeScript() + ";axe.configure({branding: {application: 'Integrationsnetz'}});");
        String json = (String) page.evaluate("options => axe.run(document, options).then("
                + "results => JSON.stringify(results), error => JSON.stringify({errorMessage: String(error)}))",
                Map.of("runOnly", Map.of("type", "tag", "values", WCAG_21_AA), "resultTypes", List.of("violations")));
        AxeResults results;
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree.has("errorMessage")) {
                throw new AssertionError("axe could not check " + url + ": " + tree.get("errorMessage").asText());
            }
            results = JSON.treeToValue(tree, AxeResults.class);
        } catch (JsonProcessingException unreadable) {
            throw new AssertionError("axe returned no readable result for " + url + ": " + unreadable.getMessage());
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            String report = describe(page, url, violations);
            System.err.println(report);
            throw new AssertionError(report);
        }
    }

    static String describe(Page page, String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder();
        report.append(violations.size()).append(" WCAG 2.1 A/AA violation(s) on ").append(url)
                .append(" (viewport ").append(page.viewportSize() == null ? "?" : page.viewportSize().width + " px")
                .append(", lang=").append(page.locator("html").getAttribute("lang")).append("):\n");
        for (Rule rule : violations) {
            report.append("\n[").append(rule.getId()).append("] ").append(rule.getImpact()).append(": ")
                    .append(rule.getHelp()).append("\n  ").append(rule.getHelpUrl()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                report.append("  - at ").append(node.getTarget()).append("\n    ").append(oneLine(node.getHtml()))
                        .append('\n');
                if (node.getFailureSummary() != null) {
                    report.append("    ").append(node.getFailureSummary().replace("\n", "\n    ")).append('\n');
                }
            }
        }
        return report.toString();
    }

    private static String oneLine(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + " …" : flat;
    }
}
