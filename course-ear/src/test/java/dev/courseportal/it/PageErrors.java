package dev.courseportal.it;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every JavaScript error and console error a page raises, so a test can assert there were none. */
public final class PageErrors {

    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private PageErrors() {
    }

    public static PageErrors watch(Page page) {
        PageErrors watcher = new PageErrors();
        page.onPageError(error -> watcher.errors.add("pageerror: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                watcher.errors.add("console: " + message.text() + " @ " + message.location());
            }
        });
        return watcher;
    }

    /** The errors seen since the last call, forgetting them. */
    public List<String> drain() {
        synchronized (errors) {
            List<String> seen = List.copyOf(errors);
            errors.clear();
            return seen;
        }
    }

    public List<String> all() {
        return List.copyOf(errors);
    }
}
