package cn.jinshan.ladder.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.jinshan.ladder.contracts.DeployManifests.Manifest;
import cn.jinshan.ladder.contracts.DeployManifests.ServiceContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** infra/deploy configures every Ladder service only through environment variables that service binds. */
class DeployEnvironmentTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final DeployManifests DEPLOY = DeployManifests.read(REPOSITORY.resolve("infra/deploy"));
    /** Bound by Spring's relaxed binding or read by the JVM, without a placeholder in application.yml. */
    private static final Set<String> STANDARD = Set.of("SERVER_PORT", "JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern CONVENTION_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|");

    @Test
    void everyServiceRunsAsADeploymentOfItsImage() {
        assertThat(DEPLOY.serviceContainers())
                .filteredOn(container -> container.workload().kind().equals("Deployment"))
                .extracting(ServiceContainer::service)
                .containsExactlyInAnyOrderElementsOf(DeployManifests.SERVICES);
    }

    @Test
    void everyVariableSetOnAServiceIsOneThatServiceBinds() {
        for (ServiceContainer container : DEPLOY.serviceContainers()) {
            assertThat(container.container().has("envFrom"))
                    .as("%s uses envFrom; set each variable in env so it can be checked", container)
                    .isFalse();
            Set<String> bound = new TreeSet<>(STANDARD);
            bound.addAll(boundVariables(container.service()));

            assertThat(variableNames(container))
                    .as(
                            "variables set on %s that %s/src/main/resources/application.yml does not bind",
                            container, container.service())
                    .isSubsetOf(bound);
        }
    }

    @Test
    void everyVariableSetOnAServiceIsAPlatformConvention() {
        Set<String> conventions = new TreeSet<>(conventionVariables());
        conventions.add("JAVA_TOOL_OPTIONS");
        conventions.add("SPRING_PROFILES_ACTIVE");

        for (ServiceContainer container : DEPLOY.serviceContainers()) {
            assertThat(variableNames(container))
                    .as("variables set on %s missing from docs/platform-conventions.md", container)
                    .isSubsetOf(conventions);
        }
    }

    @Test
    void everyConfigMapKeyAServiceReadsExists() {
        for (ServiceContainer container : DEPLOY.serviceContainers()) {
            for (JsonNode variable : container.container().path("env")) {
                JsonNode reference = variable.path("valueFrom").path("configMapKeyRef");
                if (reference.isMissingNode()) {
                    continue;
                }
                String configMap = reference.path("name").asString();
                String key = reference.path("key").asString();
                Manifest manifest = DEPLOY.find("ConfigMap", configMap)
                        .orElseThrow(() -> new AssertionError(container + " reads ConfigMap " + configMap
                                + ", which no manifest under infra/deploy defines"));
                assertThat(manifest.object().path("data").has(key))
                        .as("ConfigMap %s has key %s (read by %s)", configMap, key, container)
                        .isTrue();
            }
        }
    }

    @Test
    void everyServiceDeploymentIsReplicatedProbedAndNonRoot() {
        for (ServiceContainer container : DEPLOY.serviceContainers()) {
            JsonNode spec = container.workload().object().path("spec");
            assertThat(spec.path("replicas").asInt())
                    .as("replicas of %s", container)
                    .isGreaterThanOrEqualTo(2);
            assertThat(container
                            .container()
                            .path("readinessProbe")
                            .path("httpGet")
                            .path("path")
                            .asString())
                    .as("readiness probe of %s", container)
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container
                            .container()
                            .path("livenessProbe")
                            .path("httpGet")
                            .path("path")
                            .asString())
                    .as("liveness probe of %s", container)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.container().path("resources").path("limits").has("memory"))
                    .as("memory limit of %s", container)
                    .isTrue();
            assertThat(container
                                    .podSpec()
                                    .path("securityContext")
                                    .path("runAsNonRoot")
                                    .asBoolean()
                            || container
                                    .container()
                                    .path("securityContext")
                                    .path("runAsNonRoot")
                                    .asBoolean())
                    .as("%s runs as non-root", container)
                    .isTrue();
        }
    }

    @Test
    void kafkaKeepsThreeReplicasAndTwoInSync() {
        String serverProperties = DEPLOY.find("ConfigMap", "kafka-config")
                .orElseThrow()
                .object()
                .path("data")
                .path("server.properties")
                .asString();
        assertThat(serverProperties.lines())
                .contains(
                        "default.replication.factor=3",
                        "min.insync.replicas=2",
                        "unclean.leader.election.enable=false",
                        "offsets.topic.replication.factor=3",
                        "transaction.state.log.min.isr=2");
        assertThat(DEPLOY.find("StatefulSet", "kafka")
                        .orElseThrow()
                        .object()
                        .path("spec")
                        .path("replicas")
                        .asInt())
                .isEqualTo(3);
        assertThat(DEPLOY.find("StatefulSet", "mongodb")
                        .orElseThrow()
                        .object()
                        .path("spec")
                        .path("replicas")
                        .asInt())
                .isEqualTo(3);
    }

    private static Set<String> variableNames(ServiceContainer container) {
        Set<String> names = new TreeSet<>();
        container
                .container()
                .path("env")
                .forEach(variable -> names.add(variable.path("name").asString()));
        return names;
    }

    /** The upper-case placeholders {@code ${NAME}} / {@code ${NAME:default}} of the service's application*.yml. */
    private static Set<String> boundVariables(String service) {
        Path resources = REPOSITORY.resolve(service).resolve("src/main/resources");
        Path applicationYml = resources.resolve("application.yml");
        if (!Files.isRegularFile(applicationYml)) {
            fail(
                    "%s is missing: cannot tell which environment variables %s binds",
                    applicationYml.toAbsolutePath().normalize(), service);
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(resources)) {
            for (Path file :
                    files.filter(DeployEnvironmentTest::isApplicationYaml).toList()) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            fail("cannot read " + resources.toAbsolutePath().normalize(), e);
        }
        return names;
    }

    private static boolean isApplicationYaml(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("application") && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    /** The variables of the table under "## Environment variables" in docs/platform-conventions.md. */
    private static List<String> conventionVariables() {
        Path conventions = REPOSITORY.resolve("docs/platform-conventions.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(conventions);
        } catch (IOException e) {
            throw new AssertionError(
                    "cannot read " + conventions.toAbsolutePath().normalize(), e);
        }
        int start = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("## Environment variables"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no '## Environment variables' section in " + conventions)));
        List<String> variables = lines.stream()
                .skip(start + 1L)
                .takeWhile(line -> !line.startsWith("## "))
                .map(CONVENTION_ROW::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
        assertThat(variables).as("variables listed in %s", conventions).isNotEmpty();
        return variables;
    }
}
