package no.mila.dho.measurement.domain;

/** The traffic light (trafikklys): green normal, yellow a sign of change, red worsening. Ordered mild to severe. */
public enum Zone {
    GREEN, YELLOW, RED;

    public Zone worst(Zone other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String norwegian() {
        return switch (this) {
            case GREEN -> "grønn";
            case YELLOW -> "gul";
            case RED -> "rød";
        };
    }
}
