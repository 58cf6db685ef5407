package cn.jinshan.ladder.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Kubernetes objects of {@code infra/deploy} and the Ladder service containers they run. */
final class DeployManifests {

    static final Set<String> SERVICES =
            Set.of("gateway", "enterprise-service", "certification-service", "notification-service");
    private static final String IMAGE_PREFIX = "ladder/";

    /** One Kubernetes object and the file it was read from. */
    record Manifest(Path file, JsonNode object) {

        String kind() {
            return object.path("kind").asString();
        }

        String name() {
            return object.path("metadata").path("name").asString();
        }
    }

    /** A container of a Ladder service inside a workload. */
    record ServiceContainer(String service, Manifest workload, JsonNode podSpec, JsonNode container) {

        @Override
        public String toString() {
            return service + " in " + workload.kind() + " " + workload.name() + " (" + workload.file() + ")";
        }
    }

    private final List<Manifest> manifests;

    private DeployManifests(List<Manifest> manifests) {
        this.manifests = List.copyOf(manifests);
    }

    static DeployManifests read(Path folder) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Manifest> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(DeployManifests::isYaml).sorted().toList()) {
                try (MappingIterator<JsonNode> documents =
                        yaml.readerFor(JsonNode.class).readValues(file)) {
                    documents.forEachRemaining(document -> {
                        if (document != null && document.has("kind")) {
                            manifests.add(new Manifest(file, document));
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifests under " + folder, e);
        }
        return new DeployManifests(manifests);
    }

    List<Manifest> all() {
        return manifests;
    }

    Optional<Manifest> find(String kind, String name) {
        return manifests.stream()
                .filter(manifest ->
                        manifest.kind().equals(kind) && manifest.name().equals(name))
                .findFirst();
    }

    /** Every container whose image is {@code ladder/<service>}, in every kind of workload. */
    List<ServiceContainer> serviceContainers() {
        List<ServiceContainer> found = new ArrayList<>();
        for (Manifest manifest : manifests) {
            podSpec(manifest)
                    .ifPresent(pod -> Stream.of("initContainers", "containers")
                            .flatMap(field -> pod.path(field).valueStream())
                            .forEach(container -> serviceOf(container)
                                    .ifPresent(service ->
                                            found.add(new ServiceContainer(service, manifest, pod, container)))));
        }
        return found;
    }

    private static Optional<JsonNode> podSpec(Manifest manifest) {
        JsonNode spec = manifest.object().path("spec");
        JsonNode pod = switch (manifest.kind()) {
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
                spec.path("template").path("spec");
            case "CronJob" ->
                spec.path("jobTemplate").path("spec").path("template").path("spec");
            case "Pod" -> spec;
            default -> null;
        };
        return pod == null || pod.isMissingNode() ? Optional.empty() : Optional.of(pod);
    }

    private static Optional<String> serviceOf(JsonNode container) {
        String image = container.path("image").asString();
        if (!image.startsWith(IMAGE_PREFIX)) {
            return SERVICES.contains(container.path("name").asString())
                    ? Optional.of(container.path("name").asString())
                    : Optional.empty();
        }
        String name = image.substring(IMAGE_PREFIX.length());
        int tag = name.indexOf(':');
        return Optional.of(tag < 0 ? name : name.substring(0, tag));
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
