package no.mila.dho.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One gauge per value of an enum, tagged with its name (e.g. {@code dho_alerts_open{zone="RED"}}), all registered at
 * once so that every series exists from start-up with 0; {@link #set} takes a new count per value, 0 for a value
 * missing from it.
 */
public final class EnumGauges<E extends Enum<E>> {

    private final Map<E, AtomicLong> gauges;

    public EnumGauges(MeterRegistry registry, String name, String tag, String description, Class<E> values) {
        gauges = new EnumMap<>(values);
        for (E value : values.getEnumConstants()) {
            AtomicLong gauge = new AtomicLong();
            gauges.put(value, gauge);
            Gauge.builder(name, gauge, AtomicLong::doubleValue).tag(tag, value.name()).description(description)
                    .register(registry);
        }
    }

    /** Sets every gauge: its count in {@code counts}, or 0. */
    public void set(Map<E, Long> counts) {
        gauges.forEach((value, gauge) -> gauge.set(counts.getOrDefault(value, 0L)));
    }
}
