package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The web UI in a real headless Chromium against the real stack, signing in on the real Keycloak page: a firm applies
 * with an upload and submits; an official returns it, approves it after resubmission and sees the dashboard count rise;
 * a specialist on a phone-sized screen sees a new item arrive in the inbox without reloading.
 */
@Order(1)
@ExtendWith(SharedStack.class)
@TestMethodOrder(OrderAnnotation.class)
@DisabledIfEnvironmentVariable(
        named = "LADDER_SKIP_SYSTEM_TEST",
        matches = "(?i)true",
        disabledReason = "LADDER_SKIP_SYSTEM_TEST=true: the system tests do not start the stack")
class BrowserJourneysIT {

    private static final String FIRM = "91310116MA1J8K3L22";
    /** District programmes feeding the TECH_CENTER indicator or others the demo firm does not hold, best first. */
    private static final List<String> PROGRAMMES =
            List.of("TECH_CENTER_DISTRICT", "TECH_CENTER_MUNICIPAL", "HEADQUARTERS", "LISTING");

    private static final Map<String, String> INDICATOR = Map.of(
            "TECH_CENTER_DISTRICT", "TECH_CENTER",
            "TECH_CENTER_MUNICIPAL", "TECH_CENTER",
            "HEADQUARTERS", "HEADQUARTERS",
            "LISTING", "LISTED");

    private static String programme;
    private static String applicationId;

    @Test
    @Order(1)
    void aFirmAppliesWithAnUploadAndSubmits() throws Exception {
        programme = openWindowForAProgrammeNotYetAppliedFor();

        try (Browser firm = Browser.desktop("a-firm")) {
            firm.open("/portal/programmes");
            firm.signIn("firm.jinxin");
            WebElement card = firm.visible("[data-test=programme-" + programme + "]");
            // the programme's eligibility (score and gaps) has been evaluated
            firm.until(
                    driver -> card.findElements(By.cssSelector("[role=status]")).isEmpty());
            firm.scrollTo(card);
            firm.screenshot("programmes");
            card.findElement(By.cssSelector("[data-test=apply]")).click();
            // a dependency briefly unavailable shows its problem on the card with a retry button: press it
            firm.until(Duration.ofSeconds(90), driver -> {
                if (driver.getCurrentUrl().matches(".*/applications/[0-9a-f-]{36}$")) {
                    return true;
                }
                card.findElements(By.cssSelector(".problem button")).forEach(WebElement::click);
                return false;
            });
            applicationId = firm.driver().getCurrentUrl().replaceAll(".*/applications/", "");
            assertThat(status(firm)).isEqualTo("DRAFT");

            firm.visible("[data-test=material-file]").sendKeys(pdf().toString());
            firm.click("[data-test=upload]");
            assertThat(firm.text("[data-test=uploaded]")).contains("audit-report");
            assertThat(firm.visible("[data-test=material]").getText()).contains("audit-report v1");
            firm.screenshot("draft-with-material");

            WebElement commitment = firm.visible("[data-test=commitment]");
            firm.scrollTo(commitment);
            commitment.click();
            firm.click("[data-test=submit]");
            firm.until(
                    ExpectedConditions.attributeToBe(By.cssSelector("[data-test=status]"), "data-status", "SUBMITTED"));
            firm.screenshot("submitted");
            assertThat(firm.consoleErrors()).isEmpty();
            firm.passed();
        }

        JsonNode stored = Api.as("official").get("/api/applications/" + applicationId);
        assertThat(stored.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(stored.path("authenticityCommitmentSigned").asBoolean()).isTrue();
        JsonNode materials = Api.as("official").get("/api/applications/" + applicationId + "/materials");
        assertThat(materials).hasSize(1);
        assertThat(materials.get(0).path("type").asString()).isEqualTo("PDF");
    }

    @Test
    @Order(2)
    void anOfficialReturnsItThenApprovesTheResubmissionAndTheDashboardCountRises() throws Exception {
        assertThat(applicationId).as("journey (a) submitted an application").isNotNull();
        String indicator = INDICATOR.get(programme);

        try (Browser official = Browser.desktop("b-official")) {
            official.open("/official");
            official.signIn("official");
            int before = achieved(official, indicator);
            official.screenshot("dashboard-before");

            official.open("/official/queue");
            official.click("[data-test=queue-item][data-id='" + applicationId + "']");
            official.until(ExpectedConditions.urlContains("/applications/" + applicationId));
            official.screenshot("queue-detail");
            review(official, "start", "DISTRICT_REVIEW");
            official.visible("[data-test=review-text]").sendKeys("请补充研发费用专项审计报告");
            review(official, "return", "RETURNED");

            try (Browser firm = Browser.desktop("b-firm")) {
                firm.open("/applications/" + applicationId);
                firm.signIn("firm.jinxin");
                firm.until(ExpectedConditions.attributeToBe(
                        By.cssSelector("[data-test=status]"), "data-status", "RETURNED"));
                firm.visible("[data-test=material-file]").sendKeys(pdf().toString());
                firm.click("[data-test=upload]");
                firm.visible("[data-test=uploaded]");
                firm.until(driver ->
                        driver.findElements(By.xpath("//li[@data-test='material'][contains(., 'audit-report v2')]"))
                                        .size()
                                == 1);
                firm.visible("[data-test=comment]").sendKeys("已补充专项审计报告");
                firm.click("[data-test=submit]");
                firm.until(ExpectedConditions.attributeToBe(
                        By.cssSelector("[data-test=status]"), "data-status", "DISTRICT_REVIEW"));
                firm.screenshot("resubmitted");
                assertThat(firm.consoleErrors()).isEmpty();
                firm.passed();
            }

            official.driver().navigate().refresh();
            official.until(ExpectedConditions.attributeToBe(
                    By.cssSelector("[data-test=status]"), "data-status", "DISTRICT_REVIEW"));
            // a district programme goes to publicity at once; one decided higher up is recommended first
            official.visible("[data-test=review-return]");
            if (!official.driver()
                    .findElements(By.cssSelector("[data-test=review-recommend]"))
                    .isEmpty()) {
                assertThat(official.driver().findElements(By.cssSelector("[data-test=review-publicity]")))
                        .isEmpty();
                review(official, "recommend", "HIGHER_REVIEW");
            }
            review(official, "publicity", "PUBLICITY");
            review(official, "approve", "APPROVED");
            official.screenshot("approved");

            official.open("/official");
            official.until(Duration.ofSeconds(90), driver -> {
                if (achieved(official, indicator) > before) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            official.scrollTo(official.visible("[data-test=indicator-" + indicator + "]"));
            official.screenshot("dashboard-after");
            assertThat(achieved(official, indicator)).isEqualTo(before + 1);
            assertThat(official.consoleErrors()).isEmpty();
            official.passed();
        }
        assertThat(Api.as("official")
                        .get("/api/applications/" + applicationId)
                        .path("status")
                        .asString())
                .isEqualTo("APPROVED");
    }

    @Test
    @Order(3)
    void aSpecialistOnAPhoneSeesANewItemArriveWithoutReloading() throws Exception {
        try (Browser phone = Browser.phone("c-specialist", 390, 844)) {
            assertThat(phone.viewport()).containsExactly(390, 844);
            phone.open("/specialist/inbox");
            phone.signIn("specialist.li");
            phone.until(
                    ExpectedConditions.attributeToBe(By.cssSelector("[data-test=inbox-state]"), "data-live", "true"));
            phone.until(
                    ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("main [role=status][aria-live]")));
            phone.driver().executeScript("window.__sameDocument = true");
            phone.screenshot("inbox-live");

            String creditCode = CreditCodes.random();
            String name = "上海金山实时推送示范有限公司" + creditCode.substring(12, 16);
            Api official = Api.as("official");
            official.post("/api/enterprises", Map.of("creditCode", creditCode, "legalName", name, "town", "枫泾镇"));
            official.put("/api/enterprises/" + creditCode + "/specialist", Map.of("username", "specialist.li"));

            WebElement item = phone.until(
                    Duration.ofSeconds(60),
                    ExpectedConditions.presenceOfElementLocated(
                            By.xpath("//li[@data-test='inbox-item'][contains(., '" + name + "')]")));
            assertThat(phone.driver().executeScript("return window.__sameDocument === true"))
                    .as("the page was not reloaded")
                    .isEqualTo(true);
            assertThat(phone.driver()
                            .findElements(By.cssSelector("[data-test=inbox-item]"))
                            .get(0))
                    .isEqualTo(item);
            phone.screenshot("inbox-new-item");
            assertThat(phone.consoleErrors()).isEmpty();
            phone.passed();
        }
    }

    private static void review(Browser official, String action, String expectedStatus) {
        official.click("[data-test=review-" + action + "]");
        official.until(
                ExpectedConditions.attributeToBe(By.cssSelector("[data-test=status]"), "data-status", expectedStatus));
    }

    /** The indicator's achieved count on the dashboard; a dashboard that timed out (503) is retried. */
    private static int achieved(Browser browser, String indicator) {
        By figure = By.cssSelector("[data-test=indicator-" + indicator + "] [data-test=achieved]");
        browser.until(Duration.ofSeconds(90), driver -> {
            if (!driver.findElements(figure).isEmpty()) {
                return true;
            }
            driver.findElements(By.cssSelector(".problem button")).forEach(WebElement::click);
            return false;
        });
        return Integer.parseInt(browser.driver().findElement(figure).getAttribute("data-value"));
    }

    private static String status(Browser browser) {
        return browser.visible("[data-test=status]").getAttribute("data-status");
    }

    /** Opens an application window today (as ADMIN) for the first programme the demo firm has not submitted to this year. */
    private static String openWindowForAProgrammeNotYetAppliedFor() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode applications = Api.as("firm.jinxin").get("/api/applications?enterpriseId=" + FIRM);
        String chosen = PROGRAMMES.stream()
                .filter(code -> StreamSupport.stream(applications.spliterator(), false)
                        .noneMatch(a -> code.equals(a.path("programme").asString())
                                && a.path("year").asInt() == today.getYear()
                                && !List.of("DRAFT", "WITHDRAWN")
                                        .contains(a.path("status").asString())))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("the demo firm has applied for every programme of " + PROGRAMMES));
        Api.as("admin")
                .put(
                        "/api/programmes/" + chosen + "/windows/e2e-" + today.getYear(),
                        Map.of(
                                "id",
                                "e2e-" + today.getYear(),
                                "batch",
                                today.getYear() + "年系统测试批次",
                                "opensOn",
                                today.minusDays(1).toString(),
                                "closesOn",
                                today.plusDays(30).toString()));
        return chosen;
    }

    /** A small valid PDF (recognised by content). */
    private static Path pdf() throws Exception {
        Path file = Files.createTempFile("audit-report-", ".pdf");
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        Files.writeString(file, body, StandardCharsets.US_ASCII);
        file.toFile().deleteOnExit();
        return file;
    }
}
