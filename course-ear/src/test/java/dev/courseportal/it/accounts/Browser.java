package dev.courseportal.it.accounts;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.SignInPage;

/** One Chromium for a test class, and signed-in pages in their own contexts (their own cookies). */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Browsers.playwright();
        chromium = Browsers.chromium(playwright);
    }

    /** A fresh context (no cookies) with one page, in Russian unless told otherwise. */
    Page anonymous() {
        BrowserContext context = chromium.newContext(new NewContextOptions().setLocale("ru-RU").setAcceptDownloads(true));
        return context.newPage();
    }

    Page signedIn(String username, String password) {
        Page page = anonymous();
        SignInPage.open(page).signIn(username, password);
        if (page.url().contains("login.xhtml")) {
            throw new IllegalStateException(username + " could not sign in: " + page.locator("body").innerText());
        }
        return page;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
