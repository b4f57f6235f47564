package dev.courseportal.it.lab;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.courseportal.it.Portal;
import java.util.Map;

/** Page object of the administrators' lab environments page. */
final class LabEnvironmentsPage {

    private final Page page;

    private LabEnvironmentsPage(Page page) {
        this.page = page;
    }

    static LabEnvironmentsPage open(Page page) {
        page.navigate(Portal.resolve("lab/environments.xhtml").toString());
        return new LabEnvironmentsPage(page);
    }

    void add(Map<String, String> fields) {
        click(page.locator("[id='list:add']"));
        fill(fields);
        click(page.locator("[id='environment:save']"));
    }

    /** Fills the open form; field names as in the form (name, connectUrl, postgresPassword ...). */
    void fill(Map<String, String> fields) {
        fields.forEach((field, value) -> page.locator("[id='environment:" + field + "']").fill(value));
    }

    void save() {
        click(page.locator("[id='environment:save']"));
    }

    String fieldError(String field) {
        Locator error = page.locator("[id='environment'] .field").filter(new Locator.FilterOptions()
                .setHas(page.locator("[id='environment:" + field + "']"))).locator(".field-error");
        return error.count() == 0 ? "" : error.textContent();
    }

    boolean lists(String name) {
        return row(name).count() == 1;
    }

    void makeDefault(String name) {
        click(row(name).locator("input[id$=':makeDefault']"));
    }

    /** Whether the environment is the default one (its row has no "make default" button). */
    boolean isDefault(String name) {
        return lists(name) && row(name).locator("input[id$=':makeDefault']").count() == 0;
    }

    void remove(String name) {
        page.onceDialog(dialog -> dialog.accept());
        click(row(name).locator("input[id$=':remove']"));
    }

    String messages() {
        Locator messages = page.locator("#messages");
        return messages.count() == 0 ? "" : messages.textContent();
    }

    private Locator row(String name) {
        return page.locator("tr[data-environment='" + name + "']");
    }

    private void click(Locator button) {
        button.click();
        page.waitForLoadState();
    }
}
