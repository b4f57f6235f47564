package dev.courseportal.it;

import com.microsoft.playwright.Page;

/** Page object of the sign-in form. */
public final class SignInPage {

    private final Page page;

    public SignInPage(Page page) {
        this.page = page;
    }

    public static SignInPage open(Page page) {
        page.navigate(Portal.resolve("login.xhtml").toString());
        return new SignInPage(page);
    }

    public void signIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#signIn").click();
        page.waitForLoadState();
    }

    public String errorText() {
        return page.locator(".form-errors").textContent();
    }
}
