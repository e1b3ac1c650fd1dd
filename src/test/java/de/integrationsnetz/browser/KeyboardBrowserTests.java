package de.integrationsnetz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
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
            async () => {
              // KERN scrolls smoothly: wait until the scroll to the focused element has come to rest. With reduced
              // motion the page jumps at once (app.css), so there is nothing to wait for.
              const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
              let last = -1, still = 0;
              for (let frame = 0; !instant && frame < 90 && still < 2; frame++) {
                await new Promise(requestAnimationFrame);
                const position = scrollX * 100000 + scrollY;
                still = position === last ? still + 1 : 0;
                last = position;
              }
              const element = document.activeElement;
              const style = getComputedStyle(element);
              const after = getComputedStyle(element, '::after');
              const box = element.getBoundingClientRect();
              return {
                tag: element.tagName.toLowerCase()
                    + (typeof element.className === 'string' && element.className ? '.' + element.className : ''),
                text: (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40),
                id: element.id,
                focusVisible: element.matches(':focus-visible'),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                // KERN's stretched card links draw the ring on ::after, around the whole card
                afterOutline: after.content !== 'none' && after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) >= 2,
                // a focused map polygon is highlighted with a thick stroke instead of an outline
                stroke: element instanceof SVGElement && parseFloat(element.getAttribute('stroke-width') || '0') >= 3,
                shadow: style.boxShadow !== 'none',
                visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                    && box.top < innerHeight && box.left < innerWidth,
                inMain: !!element.closest('main'),
                // Chromium's own calendar button inside a date field (focus in the field's user-agent shadow tree)
                browserWidget: element.matches('input[type=date], input[type=time], input[type=datetime-local]')
                    && !element.matches(':focus')
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
            if (Boolean.TRUE.equals(focused.get("inMain")) || String.valueOf(focused.get("tag")).startsWith("body")) {
                break;
            }
            if (!hasVisibleFocus(focused)) {
                withoutVisibleFocus.add(focused.toString());
            }
        }

        assertThat(stops).as("Tab stops in the header: skip link, brand, 7 languages, user box, navigation")
                .isGreaterThanOrEqualTo(12);
        assertThat(withoutVisibleFocus).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/districts/14522", "/app/coordination/coordinators/new", "/app/users"})
    void everyTabStopOfThePageIsVisibleAndShowsAFocusRing(String path, BrowserSession browser) {
        Page page = path.startsWith("/app")
                ? browser.newPageLoggedInAs(DemoAccounts.COUNTY_ADMIN, BrowserSession.PHONE)
                : browser.newPage(BrowserSession.PHONE);
        // Less motion: the page then jumps to each focused element instead of scrolling smoothly (faster to check).
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        List<String> withoutVisibleFocus = new ArrayList<>();
        int stops = 0;
        for (; stops < 250; stops++) {
            page.keyboard().press("Tab");
            Map<?, ?> focused = focusState(page);
            if (String.valueOf(focused.get("tag")).startsWith("body")
                    || (stops > 0 && "a.in-skip-link".equals(focused.get("tag")))) {
                break;
            }
            if (!hasVisibleFocus(focused) && !Boolean.TRUE.equals(focused.get("browserWidget"))) {
                withoutVisibleFocus.add(focused.toString());
            }
        }

        assertThat(stops).as("Tab went through the whole page").isBetween(10, 249);
        assertThat(withoutVisibleFocus).as("tab stops on %s without a visible focus indicator", path).isEmpty();
    }

    private static boolean hasVisibleFocus(Map<?, ?> focused) {
        boolean indicator = Boolean.TRUE.equals(focused.get("outline")) || Boolean.TRUE.equals(focused.get("shadow"))
                || Boolean.TRUE.equals(focused.get("afterOutline")) || Boolean.TRUE.equals(focused.get("stroke"));
        return indicator && Boolean.TRUE.equals(focused.get("visible")) && Boolean.TRUE.equals(focused.get("focusVisible"));
    }

    private static Map<?, ?> focusState(Page page) {
        return (Map<?, ?>) page.evaluate(FOCUS_STATE);
    }
}
