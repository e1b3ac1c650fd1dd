package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.browser.BrowserSession;
import de.integrationsnetz.support.browser.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyboard use of the page frame: the skip link comes first and works, and focus is always visible. */
@IntegrationTest
@BrowserTest
class KeyboardBrowserTests {

    /** What the focused element looks like: its focus ring, and where it is. */
    private static final String FOCUS_STATE = """
            () => {
              const element = document.activeElement;
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              return {
                tag: element.tagName.toLowerCase() + (element.className ? '.' + element.className : ''),
                text: (element.textContent || '').trim().slice(0, 40),
                id: element.id,
                focusVisible: element.matches(':focus-visible'),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                shadow: style.boxShadow !== 'none',
                visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                    && box.top < innerHeight && box.left < innerWidth,
                inMain: !!element.closest('main')
              };
            }""";

    @ParameterizedTest
    @ValueSource(ints = {BrowserSession.DESKTOP, BrowserSession.PHONE})
    void firstTabShowsTheSkipLinkWhichMovesFocusToTheMainContent(int width, BrowserSession browser) {
        Page page = browser.newPage(width);
        page.navigate("/");

        page.keyboard().press("Tab");

        Map<?, ?> skipLink = focusState(page);
        assertThat(skipLink.get("tag")).isEqualTo("a.in-skip-link");
        assertThat(skipLink.get("visible")).as("skip link on screen when focused").isEqualTo(true);
        assertThat(skipLink.get("outline")).as("skip link has a focus ring").isEqualTo(true);

        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith("#main");
        assertThat(focusState(page).get("id")).isEqualTo("main");

        page.keyboard().press("Tab");
        assertThat(focusState(page).get("inMain")).as("next Tab goes into the content, not back to the header")
                .isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(ints = {BrowserSession.DESKTOP, BrowserSession.PHONE})
    void everyControlOfThePageFrameShowsAVisibleFocusRing(int width, BrowserSession browser) {
        Page page = browser.newPageLoggedInAs(DemoAccounts.COUNTY_ADMIN, width);
        page.navigate("/app");

        List<String> withoutVisibleFocus = new ArrayList<>();
        int stops = 0;
        for (; stops < 60; stops++) {
            page.keyboard().press("Tab");
            Map<?, ?> focused = focusState(page);
            if (Boolean.TRUE.equals(focused.get("inMain")) || "body".equals(focused.get("tag"))) {
                break;
            }
            boolean ring = Boolean.TRUE.equals(focused.get("outline")) || Boolean.TRUE.equals(focused.get("shadow"));
            if (!ring || !Boolean.TRUE.equals(focused.get("visible")) || !Boolean.TRUE.equals(focused.get("focusVisible"))) {
                withoutVisibleFocus.add(focused.toString());
            }
        }

        assertThat(stops).as("Tab stops in the header: skip link, brand, 7 languages, user box, navigation")
                .isGreaterThanOrEqualTo(12);
        assertThat(withoutVisibleFocus).isEmpty();
    }

    private static Map<?, ?> focusState(Page page) {
        return (Map<?, ?>) page.evaluate(FOCUS_STATE);
    }
}
