package de.integrationsnetz.support.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** axe-core in the page: WCAG 2.0 and 2.1, levels A and AA (what BITV 2.0 demands of us). */
public final class AccessibilityCheck {

    /** The axe rule tags we check; axe's best-practice rules and WCAG 2.2/AAA rules are not part of it. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityCheck() {}

    /**
     * Runs axe on the page as it is now and fails with every violation, where it is (CSS selector and HTML) and how
     * to fix it.
     */
    public static void assertNoWcagViolations(Page page) {
        // Legacy mode runs axe in the page itself; the default opens an extra blank page per check to merge the
        // results of cross-origin frames, which our pages do not have (and it doubles the time).
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = describe(page, violations);
            System.err.println(report);
            throw new AssertionError(report);
        }
    }

    static String describe(Page page, List<Rule> violations) {
        StringBuilder report = new StringBuilder();
        report.append(violations.size()).append(" WCAG 2.1 A/AA violation(s) on ").append(page.url())
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
