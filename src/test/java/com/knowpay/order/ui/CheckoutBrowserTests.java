package com.knowpay.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The whole checkout in a real headless Chromium: sign in, show the sandbox QR code, pay in the
 * wallet in a second tab, and watch the first tab flip to "paid" by push, without a reload.
 */
@IntegrationTest
class CheckoutBrowserTests {

    private static final Logger log = LoggerFactory.getLogger(CheckoutBrowserTests.class);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present) {
            log.warn("\n\n*** CheckoutBrowserTests SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing. "
                    + "Install them: apt-get install chromium chromium-driver ***\n");
        }
        Assumptions.assumeTrue(present, "LOUD: /usr/bin/chromium or /usr/bin/chromedriver missing "
                + "(apt-get install chromium chromium-driver); the end-to-end checkout test did not run");
        profile = Files.createTempDirectory("kp-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The browser's console, so a Content-Security-Policy violation fails the test instead of going unseen.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void theCheckoutTurnsPaidByPushWhenTheWalletPays() {
        String learner = PaymentTestKit.newLearner(accounts);
        List<CourseView> courses = PaymentTestKit.pricedCourses(catalog);
        CourseView course = courses.get(courses.size() - 1);
        String base = "http://localhost:" + port;

        signIn(base, learner);

        driver.get(base + "/checkout/" + course.id());
        WebElement showQr = waitFor(Duration.ofSeconds(90), By.id("show-qr"));
        driver.findElement(By.xpath("//vaadin-radio-button[contains(., 'Sandbox')]")).click();
        showQr.click();
        WebElement qr = waitFor(Duration.ofSeconds(30), By.id("qr-image"));
        String walletUrl = qr.getAttribute("data-qr-content");
        assertThat(walletUrl).startsWith("http://localhost:" + port + "/sandbox/pay/P");
        assertThat(driver.findElement(By.id("countdown")).getText()).isNotBlank();
        ((JavascriptExecutor) driver).executeScript("window.__kpNoReload = 'still here';");
        screenshot("checkout-qr");
        String checkoutTab = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(walletUrl);
        waitFor(Duration.ofSeconds(60), By.id("wallet-merchant"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.id("wallet-pay")))
                .click();
        waitFor(Duration.ofSeconds(30), By.id("wallet-paid"));
        screenshot("wallet-paid");

        driver.switchTo().window(checkoutTab);
        WebElement banner = waitFor(Duration.ofSeconds(30), By.id("paid-banner"));
        assertThat(banner.getText()).isNotBlank();
        screenshot("checkout-paid");
        assertThat(driver.findElement(By.id("learn-link")).getAttribute("href")).endsWith("learn/" + course.id());
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__kpNoReload;")).isEqualTo("still here");
        assertNoContentSecurityPolicyViolations();
    }

    /** Every page so far (login, checkout with push, wallet) ran under the app's CSP without a refusal. */
    private void assertNoContentSecurityPolicyViolations() {
        var entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        entries.stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .forEach(e -> log.info("browser console: {} {}", e.getLevel(), e.getMessage()));
        List<String> console = entries.stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
    }

    private void signIn(String base, String username) {
        driver.get(base + "/login");
        WebElement user = waitFor(Duration.ofSeconds(90), By.cssSelector("vaadin-text-field[name='username'] input"));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"));
        password.sendKeys(PaymentTestKit.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/login"));
        log.info("Signed in as {}, landed on {}", username, driver.getCurrentUrl());
        screenshot("signed-in");
    }

    private WebElement waitFor(Duration timeout, By by) {
        try {
            return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            keepEvidence(by);
            throw e;
        }
    }

    /** What the learner saw, under target/browser-evidence, for people reviewing a run. */
    private void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-evidence"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            log.warn("Could not save screenshot {}: {}", name, e.toString());
        }
    }

    /** A screenshot and the page's HTML under target/, so a CI failure can be understood. */
    private void keepEvidence(By by) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-evidence"));
            Files.write(dir.resolve("checkout.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve("checkout.html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            log.warn("Waiting for {} timed out at {}; evidence in {}", by, driver.getCurrentUrl(), dir.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            log.warn("Could not keep browser evidence: {}", e.toString());
        }
    }
}
