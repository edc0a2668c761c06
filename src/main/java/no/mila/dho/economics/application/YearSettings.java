package no.mila.dho.economics.application;

import java.math.BigDecimal;
import no.mila.dho.economics.domain.YearParameters;

/**
 * A year's parameters as entered through {@code PUT /api/economics/years/{year}}: those of the 2025 model
 * ({@link YearParameters}, whose {@code version} is the one read) and the long-term model's base share in per cent.
 */
public record YearSettings(YearParameters parameters, BigDecimal baseSharePercent) {
}
