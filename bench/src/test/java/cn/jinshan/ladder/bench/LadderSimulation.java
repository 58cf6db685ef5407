package cn.jinshan.ladder.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * One open-model scenario at a fixed arrival rate ({@code constantUsersPerSec}, each virtual user makes one request or
 * one short chain), chosen by {@code -Dkind}: {@code stub} (a), {@code byId} and {@code list} (b), {@code submit} (c),
 * {@code dashboard} (d), {@code overload} (g). {@code -Dbase}, {@code -Drate}, {@code -Dseconds}, {@code -DtokenFile},
 * {@code -DidsFile}. 4xx/5xx count as KO except where a scenario accepts them (409 on a repeated submit, 429/503 when
 * shedding).
 */
public class LadderSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://127.0.0.1:8080");
    private final String kind = System.getProperty("kind", "stub");
    private final double rate = Double.parseDouble(System.getProperty("rate", "200"));
    private final int seconds = Integer.getInteger("seconds", 60);
    private final String token = read(System.getProperty("tokenFile")).trim();

    {
        HttpProtocolBuilder protocol = http.baseUrl(base)
                .acceptHeader("application/json")
                .header("Authorization", "Bearer " + token)
                .disableWarmUp()
                .shareConnections();
        ScenarioBuilder scenario = scenario(kind).feed(feeder()).exec(chain());
        setUp(scenario.injectOpen(constantUsersPerSec(rate).during(seconds))).protocols(protocol);
    }

    private ChainBuilder chain() {
        return switch (kind) {
            case "stub" -> io.gatling.javaapi.core.CoreDsl.exec(
                    http("stub").get("/api/enterprises/stub").check(status().is(200)));
            case "byId" -> io.gatling.javaapi.core.CoreDsl.exec(
                    http("enterprise by id").get("/api/enterprises/#{id}").check(status().is(200)));
            case "list" -> io.gatling.javaapi.core.CoreDsl.exec(http("enterprise list")
                    .get("/api/enterprises?town=#{town}&rung=#{rung}&page=0&size=20")
                    .check(status().is(200)));
            case "dashboard" -> io.gatling.javaapi.core.CoreDsl.exec(
                            http("dashboard").get("/api/cohorts/dashboard").check(status().is(200)))
                    .exec(http("drill-down")
                            .get("/api/cohorts/SPECIALIZED_NEW/firms?scope=GROSS")
                            .check(status().is(200)));
            case "submit" -> io.gatling.javaapi.core.CoreDsl.exec(http("open draft")
                            .post("/api/applications")
                            .header("Content-Type", "application/json")
                            .body(StringBody("{\"programme\":\"#{programme}\"}"))
                            .check(status().is(201), jsonPath("$.id").saveAs("applicationId")))
                    // a refused draft ends the chain: before, it also failed the submit it could not address, so each
                    // refusal counted twice
                    .exitHereIfFailed()
                    .exec(http("submit")
                            .post("/api/applications/#{applicationId}/submit")
                            .header("Content-Type", "application/json")
                            .body(StringBody("{\"authenticityCommitment\":true}"))
                            .check(status().in(200, 201, 409)));
            case "overload" -> io.gatling.javaapi.core.CoreDsl.exec(http("enterprise by id (overload)")
                    .get("/api/enterprises/#{id}")
                    .check(status().in(200, 429, 503)));
            default -> throw new IllegalArgumentException("unknown -Dkind=" + kind);
        };
    }

    private Iterator<Map<String, Object>> feeder() {
        String idsFile = System.getProperty("idsFile", "");
        List<String> ids = idsFile.isEmpty() ? List.of("91310116MA1J8K3L22") : lines(idsFile);
        List<String> towns = List.of("朱泾镇", "枫泾镇", "张堰镇", "亭林镇", "吕巷镇", "廊下镇", "金山卫镇", "漕泾镇", "山阳镇", "石化街道");
        List<String> rungs = List.of("STARTUP", "INNOVATIVE_SME", "SPECIALIZED_NEW", "GAZELLE", "LITTLE_GIANT");
        List<String> programmes = List.of("INNOVATIVE_SME", "SPECIALIZED_NEW", "GAZELLE", "TECH_CENTER_DISTRICT");
        Random random = new Random(20261129L);
        return Stream.generate(() -> Map.<String, Object>of(
                        "id", ids.get(random.nextInt(ids.size())),
                        "town", towns.get(random.nextInt(towns.size())),
                        "rung", rungs.get(random.nextInt(rungs.size())),
                        "programme", programmes.get(random.nextInt(programmes.size()))))
                .iterator();
    }

    private static List<String> lines(String file) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
