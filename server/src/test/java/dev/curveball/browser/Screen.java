package dev.curveball.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.interactions.Actions;

/**
 * What one person's screen shows, read as they would notice it: where the keyboard focus is, whether an element is
 * on screen (inside the viewport and clear of the sticky header), what the page said through its live regions, and
 * how legible a text is (WCAG contrast of its computed colours). Also typing at a person's pace.
 */
final class Screen {
    /** A person typing steadily: about 120 ms a key. */
    static final Duration KEY_PAUSE = Duration.ofMillis(120);

    /** Every text the page puts in its live regions, in order, from the moment {@link #listen} runs. */
    private static final String LISTEN = """
        window.__said = [];
        for (const region of document.querySelectorAll('#announcer, #alert-announcer')) {
          new MutationObserver(() => { if (region.textContent) window.__said.push(region.textContent); })
            .observe(region, { childList: true, characterData: true, subtree: true });
        }
        """;

    /** True when the element is drawn, within the viewport, and not under the sticky header. */
    private static final String ON_SCREEN = """
        const el = document.getElementById(arguments[0]);
        if (!el || el.getClientRects().length === 0) return false;
        const box = el.getBoundingClientRect();
        const header = document.querySelector('.room-header');
        const sticky = getComputedStyle(header).position === 'sticky' && !header.contains(el);
        const top = sticky ? header.getBoundingClientRect().bottom : 0;
        return box.height > 0 && box.top >= top - 1 && box.bottom <= window.innerHeight + 1;
        """;

    /** WCAG 2 contrast ratio of an element's text against the first opaque background behind it. */
    private static final String CONTRAST = """
        const el = document.getElementById(arguments[0]);
        const rgba = (s) => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
        let back = null;
        for (let n = el; n && !back; n = n.parentElement) {
          const c = rgba(getComputedStyle(n).backgroundColor);
          if (c[3] > 0.99) back = c;
        }
        back = back || [255, 255, 255, 1];
        const fore = rgba(getComputedStyle(el).color);
        const mixed = fore.slice(0, 3).map((v, i) => v * fore[3] + back[i] * (1 - fore[3]));
        const lum = (c) => { const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const [hi, lo] = [lum(mixed), lum(back)].sort((a, b) => b - a);
        return (hi + 0.05) / (lo + 0.05);
        """;

    private Screen() {
    }

    static void listen(RoomPage page) {
        page.driver.executeScript(LISTEN);
    }

    @SuppressWarnings("unchecked")
    static List<String> said(RoomPage page) {
        return new ArrayList<>((List<String>) page.driver.executeScript("return window.__said"));
    }

    /** The id of the focused element; "" for the page itself. */
    static String focus(RoomPage page) {
        return String.valueOf(page.driver.executeScript(
            "const a = document.activeElement; return a && a !== document.body ? a.id || a.tagName : ''"));
    }

    static boolean onScreen(RoomPage page, String id) {
        return Boolean.TRUE.equals(page.driver.executeScript(ON_SCREEN, id));
    }

    static double contrast(RoomPage page, String id) {
        return ((Number) page.driver.executeScript(CONTRAST, id)).doubleValue();
    }

    /** Light or dark, as the system would ask for it. */
    static void colorScheme(RoomPage page, String scheme) {
        page.driver.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Types into whatever has the focus (the page itself, if nothing), one key at a time at a person's pace. */
    static void type(RoomPage page, String text) {
        Actions keys = new Actions(page.driver);
        for (char c : text.toCharArray()) {
            keys.sendKeys(String.valueOf(c)).pause(KEY_PAUSE);
        }
        keys.perform();
    }

    /** Scrolls the page to its very bottom, where a person reading the deck or the notes may be. */
    static void scrollToBottom(RoomPage page) {
        page.driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
    }

    /** Takes the focus off any control, as a click on the page's background does. */
    static void blur(RoomPage page) {
        page.driver.executeScript("if (document.activeElement) document.activeElement.blur()");
    }

    /** Resolves after the page drew twice: whatever a change queued for the next frame has happened. */
    static void settle(RoomPage page) {
        page.driver.executeAsyncScript(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))");
    }
}
