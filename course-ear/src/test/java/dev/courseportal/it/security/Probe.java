package dev.courseportal.it.security;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.Portal;
import dev.courseportal.it.SignInPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One Chromium for a test class: signed-in contexts whose pages report every dialog (an XSS vector
 * that ran) and every console error (a script the content security policy blocked), the same
 * contexts' cookies for raw HTTP reads, and the fixture servlet.
 */
final class Probe implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Playwright playwright;
    private final Browser chromium;
    /** Dialogs opened and console errors raised by any page of this probe: each one is a finding. */
    final List<String> findings = Collections.synchronizedList(new ArrayList<>());

    Probe() {
        playwright = Browsers.playwright();
        chromium = Browsers.chromium(playwright);
    }

    BrowserContext anonymous() {
        BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setAcceptDownloads(true));
        context.onPage(this::watch);
        return context;
    }

    BrowserContext signedIn(String username, String password) {
        BrowserContext context = anonymous();
        Page page = context.newPage();
        SignInPage.open(page).signIn(username, password);
        if (page.url().contains("login.xhtml")) {
            throw new IllegalStateException(username + " could not sign in: " + page.locator("body").innerText());
        }
        page.close();
        return context;
    }

    private void watch(Page page) {
        page.onDialog(dialog -> {
            findings.add("dialog '" + dialog.message() + "' on " + page.url());
            dialog.dismiss();
        });
        page.onPageError(error -> findings.add("pageerror " + error + " on " + page.url()));
        page.onConsoleMessage(message -> {
            // A 404 of a page that does not exist is what the test asked for, not a finding.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource: the server responded with a status of 404")) {
                findings.add("console " + message.text() + " on " + page.url());
            }
        });
    }

    /** Opens {@code path} in a new page of {@code context}, waits for it to settle, returns its HTML as served. */
    static String visit(BrowserContext context, String path) {
        Page page = context.newPage();
        com.microsoft.playwright.Response response = page.navigate(Portal.resolve(path).toString());
        String html = response == null ? "" : response.text();
        page.close();
        return html;
    }

    /** GET with the context's cookies, redirects not followed. */
    static APIResponse get(BrowserContext context, String path) {
        return context.request().get(Portal.resolve(path).toString(), RequestOptions.create().setMaxRedirects(0));
    }

    /** Calls an operation of {@link SecurityFixtures}. */
    static String fixture(String op, String... params) {
        StringBuilder form = new StringBuilder("op=").append(op);
        for (int i = 0; i + 1 < params.length; i += 2) {
            form.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(Portal.resolve("security-fixtures/data")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fixture " + op + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
