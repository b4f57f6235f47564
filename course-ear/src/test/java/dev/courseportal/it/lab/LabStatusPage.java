package dev.courseportal.it.lab;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.courseportal.it.Portal;
import java.time.Duration;

/** Page object of the lab status page. */
final class LabStatusPage {

    private final Page page;

    private LabStatusPage(Page page) {
        this.page = page;
    }

    static LabStatusPage open(Page page) {
        page.navigate(Portal.resolve("lab/status.xhtml").toString());
        return new LabStatusPage(page);
    }

    void probeNow() {
        page.locator("[id='probe:probeNow']").click();
        page.waitForLoadState();
    }

    /**
     * Reloads until the environment's card of the service shows that status, or fails after
     * {@code timeout}. Asks for a run again every ten seconds when {@code probe} is set: a requested
     * run is skipped while a scheduled one is going on.
     */
    Locator awaitCard(String environment, String service, String status, Duration timeout, boolean probe)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProbe = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Locator card = card(environment, service);
            if (card.count() == 1 && card.getAttribute("class").contains("status-" + status)) {
                return card;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + status + " card for " + service + " of " + environment + ": "
                        + (card.count() == 1 ? card.innerText() : "no card"));
            }
            Thread.sleep(1_000);
            if (probe && System.nanoTime() > nextProbe) {
                probeNow();
                nextProbe = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            } else {
                page.reload();
            }
        }
    }

    Locator card(String environment, String service) {
        return environment(environment).locator("li.lab-card[data-service='" + service + "']");
    }

    Locator environment(String name) {
        return page.locator("article.lab-environment[data-environment='" + name + "']");
    }

    /** The environment shown under "your lab environment". */
    String ownEnvironment() {
        return page.locator("section[aria-labelledby='own-heading'] article.lab-environment").getAttribute("data-environment");
    }

    int otherEnvironments() {
        return page.locator("section[aria-labelledby='others-heading'] article.lab-environment").count();
    }
}
