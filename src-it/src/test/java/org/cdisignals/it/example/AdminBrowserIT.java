package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.cdisignals.it.servers.ExampleUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser: logs in, ticks rows on a changelist, runs "Mass update" and reads the outcome. The
 * BASIC login travels in the URL of the first page of each changelist (Chromium uses credentials in a top-level URL
 * to answer the server's challenge, then keeps them for the page's requests); every later step is a click.
 */
class AdminBrowserIT extends ExampleDeployment {

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void massUpdateOfTwoQuestionsReportsUpdatedTwoRecords() throws IOException {
        long first = client.post(201, "api/questions", "text", unique("Pick me?")).id();
        long second = client.post(201, "api/questions", "text", unique("And me?")).id();
        String text = unique("Picked!");

        openLastPage("question");
        runMassUpdate(List.of(first, second), "questionText", text);

        assertEquals(List.of("Updated 2 records"), messages("success"));
        for (long id : List.of(first, second)) {
            assertTrue(client.get("api/questions/" + id).body().contains("\"text\":\"" + text + "\""), "not stored");
        }
        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, Path.of(System.getProperty("user.dir"), "target", "admin-mass-update.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void massUpdateOfVotesShowsTheVetoOfTheExample() {
        List<Long> ids = client.post(201, "api/questions", "text", unique("Rigged?"), "choice", "Yes", "choice", "No")
                .ids();

        openLastPage("choice");
        runMassUpdate(ids.subList(1, 3), "votes", "1000");

        assertEquals(List.of("Votes are counted, not edited: a mass update may not change votes."), messages("error"));
        assertFalse(client.get("api/questions/" + ids.get(0)).body().contains("\"votes\":1000"), "votes were changed");
    }

    /** Opens the changelist of {@code slug} at its last page, where the newest rows are, logged in as admin. */
    private void openLastPage(String slug) {
        ExampleUser user = ExampleUser.ADMIN;
        String url = base.toExternalForm().replaceFirst("^http://",
                "http://" + user.username() + ":" + user.password() + "@");
        browser.get(url + (url.endsWith("/") ? "" : "/") + "admin/" + slug + "/?page=999999");
        waitFor(By.id("changelist-form"));
    }

    /** Ticks the rows, chooses "Mass update", Go; ticks {@code field}, types {@code value}, Apply. */
    private void runMassUpdate(List<Long> ids, String field, String value) {
        ids.forEach(id -> browser.findElement(By.id("select-" + id)).click());
        new Select(browser.findElement(By.id("action"))).selectByValue("mass_update");
        browser.findElement(By.id("go")).click();
        waitFor(By.id("action-form"));
        browser.findElement(By.id("include-" + field)).click();
        WebElement input = browser.findElement(By.id("field-" + field));
        input.clear();
        input.sendKeys(value);
        browser.findElement(By.id("apply")).click();
        waitFor(By.cssSelector("ul.messages"));
    }

    private List<String> messages(String level) {
        return browser.findElements(By.cssSelector("ul.messages li." + level)).stream().map(WebElement::getText)
                .toList();
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
