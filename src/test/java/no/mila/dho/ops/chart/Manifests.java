package no.mila.dho.ops.chart;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The objects of one {@code helm template} output, parsed with the fabric8 Kubernetes model. Strictly: a document
 * of a kind the model does not know (other than the Prometheus operator's two), or a field it does not know at any
 * depth, fails the parse (see {@link StrictModel}).
 */
record Manifests(List<HasMetadata> objects) {

    /** The custom resources: no typed model here, checked field by field by the tests. */
    static final Set<String> CUSTOM_KINDS = Set.of("ServiceMonitor", "PrometheusRule");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    static Manifests parse(String rendered) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(rendered)) {
            if (document.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("#"))) {
                continue;
            }
            Object parsed;
            try {
                parsed = SERIALIZATION.unmarshal(document.replace(Chart.RENAMED_HOOK, Chart.HOOK));
            } catch (RuntimeException e) {
                throw new AssertionError("Does not parse (" + e.getMessage() + "):\n" + document, e);
            }
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError("Not a Kubernetes object: " + document);
            }
            if (object instanceof GenericKubernetesResource && !CUSTOM_KINDS.contains(object.getKind())) {
                throw new AssertionError("Unknown apiVersion/kind " + object.getApiVersion() + " " + object.getKind()
                        + " in:\n" + document);
            }
            StrictModel.assertNoUnknownFields(object, object.getKind() + "/" + object.getMetadata().getName());
            objects.add(object);
        }
        return new Manifests(List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " " + name + " in " + names()));
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(o -> o.getKind().equals(kind)).toList();
    }

    Deployment deployment() {
        return one(Deployment.class, Chart.FULLNAME);
    }

    Job migrationJob() {
        return one(Job.class, Chart.FULLNAME + "-db-migrate");
    }

    /** Every pod template and pod of the rendering, by kind/name: the Deployment's, the Job's, the test pod. */
    Map<String, PodSpec> podSpecs() {
        Map<String, PodSpec> specs = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> specs.put("Deployment/" + d.getMetadata().getName(),
                d.getSpec().getTemplate().getSpec()));
        all(Job.class).forEach(j -> specs.put("Job/" + j.getMetadata().getName(), j.getSpec().getTemplate().getSpec()));
        all(Pod.class).forEach(p -> specs.put("Pod/" + p.getMetadata().getName(), p.getSpec()));
        return specs;
    }

    List<String> names() {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }
}
