package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.priorauth.intake.IntakeFlowTest.awaitLetGo;
import static org.priorauth.intake.IntakeFlowTest.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The desk in a real browser (Debian's headless Chromium through chromium-driver, nothing downloaded): a
 * review confirmed in two actions and an unmatched letter attached in three, the case moving and its task
 * appearing; a draft approved once its placeholders are filled; a page refused to a role; a letter's own text
 * never running as script. Screenshots of the main pages go to {@code target/desk-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskBrowserTest {

    static final Path ROOT = TestFolders.create("desk-browser");
    static final Path SCREENSHOTS = Path.of("target/desk-screenshots");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        // an admin publishes rules in these tests: a copy, never the repository's own files
        registry.add("intake.rules-dir", RULES::toString);
    }

    static final Path RULES = RulesLifecycleTest.copyRules(ROOT);

    @LocalServerPort
    int port;

    WebDriver browser;
    Api api;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        browser.manage().window().setSize(new Dimension(1400, 1000));
        api = new Api(port, "admin", "admin");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void aSuggestedDocumentIsConfirmedInTwoActions() throws Exception {
        long caseId = api.openCase("Odile Marchetti", "1984-02-11", "QMX5520917", "Cigna", "Skyrizi");
        long id = arrive(
                "bulletin.html", DeskLetters.heldBulletin("Odile Marchetti", "02/11/1984", "QMX5520917", "Skyrizi"));
        signIn("admin", "admin");
        screenshot("review-queue");

        submit(browser.findElement(By.linkText(String.valueOf(id)))); // action 1: open it
        assertThat(text("#state")).isEqualTo("NEEDS_REVIEW");
        assertThat(browser.findElements(By.cssSelector("mark")))
                .as("the evidence is marked")
                .isNotEmpty();
        screenshot("document-in-review");
        submit(browser.findElement(By.id("confirm"))); // action 2: confirm its case

        assertThat(text(".done")).isEqualTo("confirmed");
        assertThat(text("#state")).isEqualTo("PROCESSED");
        assertThat(text("#case-link")).isEqualTo("#" + caseId);
        assertThat(api.get("/api/documents/" + id).json().get("state").asString())
                .isEqualTo("PROCESSED");
    }

    @Test
    void anUnmatchedLetterIsAttachedInThreeActionsAndItsCaseMovesAndItsTaskAppears() throws Exception {
        long caseId = api.openCase("Tobias Wren", "1981-07-02", "W44817330", "Aetna", "Cosentyx");
        long id = arrive("wren.html", DeskLetters.denialNamingOnlyThePatient("Tobias Wren"));
        signIn("admin", "admin");
        browser.get(url("/desk"));

        submit(browser.findElement(By.linkText(String.valueOf(id)))); // 1: open it
        new Select(browser.findElement(By.id("attach-case"))).selectByValue(String.valueOf(caseId)); // 2: its case
        submit(browser.findElement(By.id("attach"))); // 3: attach

        assertThat(text(".done")).isEqualTo("attached to case " + caseId);
        submit(browser.findElement(By.id("case-link")));
        assertThat(text("#case-status")).isEqualTo("DENIED");
        assertThat(text("#tasks")).contains("Denial received", "Jordan Pike");
        screenshot("case");

        // the patient message holds placeholders: refused until a person fills them, then approved
        WebElement draft = patientMessage();
        submit(draft.findElement(By.cssSelector(".approve-draft")));
        assertThat(text(".refused")).startsWith("fill in [[");
        WebElement body = patientMessage().findElement(By.cssSelector(".draft-body"));
        String filled = body.getAttribute("value").replaceAll("\\[\\[[^\\]]*]]", "our office");
        body.clear();
        body.sendKeys(filled);
        submit(patientMessage().findElement(By.cssSelector(".save-draft")));
        submit(patientMessage().findElement(By.cssSelector(".approve-draft")));
        assertThat(text(".done")).isEqualTo("draft approved");
        assertThat(patientMessage().findElement(By.tagName("h3")).getText()).isEqualTo("PATIENT_MESSAGE (APPROVED)");

        browser.get(url("/desk/tasks"));
        assertThat(browser.getPageSource()).contains("Denial received");
        screenshot("my-work");
    }

    @Test
    void aCaseBeforeSubmissionShowsWhatIsMissingAndAFactTypedInWithItsSourceCompletesIt() throws Exception {
        // the prescriber decided on Otezla: staff open the case at the desk
        signIn("admin", "admin");
        browser.get(url("/desk/cases"));
        browser.findElement(By.id("new-name")).sendKeys("Mirela Santos");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('new-dob').value = '1975-10-30'");
        browser.findElement(By.id("new-member")).sendKeys("HUM88120457");
        browser.findElement(By.id("new-payer")).sendKeys("Humana");
        browser.findElement(By.id("new-drug")).sendKeys("Otezla");
        submit(browser.findElement(By.id("open-case-button")));
        assertThat(text(".done")).isEqualTo("case opened");
        assertThat(text("#case-status")).isEqualTo("PREPARING");
        long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/desk/cases/(\\d+).*", "$1"));
        assertThat(text(".item-MISSING")).contains("Diagnosis");

        api.post(
                "/api/cases/" + caseId + "/facts",
                "{\"kind\": \"DIAGNOSIS\", \"value\": \"L40.0 plaque psoriasis\", \"source\": {\"description\": \"EHR problem list\"}}");
        api.post(
                "/api/cases/" + caseId + "/facts",
                "{\"kind\": \"PRIOR_THERAPY\", \"value\": \"clobetasol 0.05% ointment, 12 weeks\", \"source\": {\"description\": \"EHR medication history\"}}");
        browser.get(url("/desk/cases/" + caseId));
        assertThat(text("#ready")).isEqualTo("NOT READY");
        assertThat(text(".item-MISSING")).contains("A current severity score").contains("asked of CLINICIAN");
        assertThat(text("#tasks")).contains("Before submission: A current severity score");

        // a fact without its source is refused with the reason; with it, the case is ready and the task done
        new Select(browser.findElement(By.id("fact-kind"))).selectByValue("BSA");
        browser.findElement(By.id("fact-value")).sendKeys("BSA 12%");
        submit(browser.findElement(By.id("add-fact-button")));
        assertThat(text(".refused")).contains("a fact needs its source");

        new Select(browser.findElement(By.id("fact-kind"))).selectByValue("BSA");
        browser.findElement(By.id("fact-value")).sendKeys("BSA 12%");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('fact-date').value = arguments[0]",
                        java.time.LocalDate.now().minusDays(5).toString());
        browser.findElement(By.id("fact-source")).sendKeys("visit note, Dr. Hale");
        submit(browser.findElement(By.id("add-fact-button")));
        assertThat(text(".done")).isEqualTo("fact added");
        assertThat(text("#ready")).isEqualTo("READY");
        assertThat(text("#checklist")).contains("BSA 12%").contains("source: visit note, Dr. Hale");
        screenshot("case-before-submission");

        // staff record how they sent it; the system sent nothing
        new Select(browser.findElement(By.id("submitted-how"))).selectByValue("FAX");
        submit(browser.findElement(By.id("record-submission-button")));
        assertThat(text(".done")).isEqualTo("submission recorded");
        assertThat(text("#case-status")).isEqualTo("SUBMITTED");
        assertThat(text("#timeline")).contains("submitted by FAX");

        // the desk in figures: the cases by status as a chart, and the time to this first submission
        browser.get(url("/desk/intake"));
        assertThat(text("#status-chart")).contains("SUBMITTED");
        assertThat(browser.findElements(By.cssSelector("#status-chart .chart-bar")))
                .isNotEmpty();
        assertThat(text("#figures")).containsPattern("first submission \\d");
        screenshot("figures");
    }

    @Test
    void aPageIsRefusedToARoleThatMayNotSeeItAndANewUserChoosesAPasswordFirst() throws Exception {
        signIn("admin", "admin");
        browser.get(url("/desk/admin/users"));
        browser.findElement(By.id("new-username")).sendKeys("celia.m");
        browser.findElement(By.id("new-fullname")).sendKeys("Celia Marchetti");
        browser.findElement(By.id("role-NURSE_OR_MEDICAL_ASSISTANT")).click();
        browser.findElement(By.id("new-password")).sendKeys("temporary-pass-1");
        submit(browser.findElement(By.id("add-user")));
        assertThat(text(".done")).startsWith("added celia.m");
        assertThat(text("#routed"))
                .as("staff.yaml's people, each with the user who is them")
                .contains("Celia Marchetti NURSE_OR_MEDICAL_ASSISTANT celia.m");
        screenshot("users");
        submit(browser.findElement(By.cssSelector(".signout button")));

        signIn("celia.m", "temporary-pass-1");
        assertThat(browser.getCurrentUrl()).endsWith("/desk/password");
        browser.findElement(By.id("current")).sendKeys("temporary-pass-1");
        browser.findElement(By.id("chosen")).sendKeys("celia-own-pass-2");
        browser.findElement(By.id("repeated")).sendKeys("celia-own-pass-2");
        submit(browser.findElement(By.id("change-password")));
        assertThat(text(".done")).isEqualTo("your password is changed");

        browser.get(url("/desk/admin/users"));
        assertThat(browser.findElements(By.id("users"))).isEmpty();
        assertThat(browser.getPageSource()).contains("403");
        assertThat(new Api(port, "celia.m", "celia-own-pass-2")
                        .get("/api/users")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void textFromALetterNeverRunsAsScript() throws Exception {
        String trap = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
        String mail =
                """
                From: Specialty Pharmacy <notices@pharmacy.example>
                To: pa-desk@clinic.example
                Subject: %s refill
                Message-ID: <xss-1@pharmacy.example>
                Date: Mon, 16 Nov 2026 09:00:00 -0500
                Content-Type: text/plain; charset=utf-8

                Patient: %s
                The pharmacy shipped the order. %s
                """
                        .formatted(trap, trap, trap);
        write(ROOT.resolve("email"), "trap.eml", mail.getBytes(StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("email"), "trap.eml");
        String named = "<img src=x onerror=alert(1)>.html";
        write(
                ROOT.resolve("portal"),
                named,
                ("<html><body><p>" + "&lt;script&gt;alert(2)&lt;/script&gt;" + " Patient: Vera Holm</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("portal"), named);

        signIn("admin", "admin");
        browser.get(url("/desk"));
        assertNothingRan();
        assertThat(browser.getPageSource()).contains("&lt;script&gt;").doesNotContain("<script>document");
        for (JsonNode d : api.get("/api/documents").json()) {
            browser.get(url("/desk/documents/" + d.get("id").asLong()));
            assertNothingRan();
        }
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("<script>");
    }

    @Test
    void anAdminPublishesARuleAfterADryRunAndAWrongEditIsRefusedWithItsLine() throws Exception {
        signIn("admin", "admin");
        submit(browser.findElement(By.linkText("Rules")));
        submit(browser.findElement(By.linkText("routing.yaml")));
        WebElement text = browser.findElement(By.id("rule-text"));
        String current = text.getAttribute("value");
        String edited = current.replace(
                "Denial received: review the reason and prepare the appeal",
                "Denial received: read the reason, then start the appeal");
        assertThat(edited).isNotEqualTo(current);

        setRuleText(current.replace("rules:", "rulez:"));
        submit(browser.findElement(By.id("publish")));
        assertThat(text(".refused")).startsWith("refused: routing.yaml line");

        setRuleText(edited);
        submit(browser.findElement(By.id("dry-run-button")));
        assertThat(text(".done")).startsWith("dry run:");
        submit(browser.findElement(By.id("publish")));
        assertThat(text(".done")).startsWith("published: routing.yaml version");
        screenshot("rules");
        assertThat(Files.readString(RULES.resolve("routing.yaml"))).contains("read the reason, then start the appeal");
        assertThat(browser.findElements(By.cssSelector(".version h3")).get(0).getText())
                .contains("by admin");
    }

    /**
     * Clicks what leaves the page (a link, a form's button) and waits for the next page to be loaded: the old
     * page's window carries a mark the new one does not.
     */
    private void submit(WebElement element) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("window.leavingThisPage = true");
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.leavingThisPage !== true && document.readyState === 'complete'")));
    }

    private void setRuleText(String text) {
        WebElement area = browser.findElement(By.id("rule-text"));
        // typing 200 lines key by key is slow: set the value as a person's paste would
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", area, text);
    }

    private void assertNothingRan() {
        assertThat(browser.getTitle()).doesNotContain("pwned");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private WebElement patientMessage() {
        return browser.findElements(By.cssSelector(".draft")).stream()
                .filter(d -> d.findElement(By.tagName("h3")).getText().startsWith("PATIENT_MESSAGE"))
                .findFirst()
                .orElseThrow();
    }

    private void signIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser.findElement(By.id("sign-in")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    private long arrive(String name, byte[] letter) throws Exception {
        write(ROOT.resolve("portal"), name, letter);
        awaitLetGo(ROOT.resolve("portal"), name);
        return api.documentNamed(name).get("id").asLong();
    }
}
