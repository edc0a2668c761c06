package no.mila.dho.economics.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import no.mila.dho.shared.money.Nok;

/**
 * Splits an amount in proportion to whole-number weights, to the øre, so the parts add up to the amount exactly
 * (largest remainder, Hamilton's method): each part is first its exact share rounded down to the øre; the øre left
 * over (fewer than the number of parts) go one each to the parts with the largest remainders, the earlier part first
 * where remainders are equal. The arithmetic is on whole øre and whole weights, so nothing is lost to rounding.
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * @param amount  not negative
     * @param weights not negative, at least one positive
     * @return one part per weight, in the same order, summing to {@code amount}
     */
    public static List<Nok> split(Nok amount, List<BigInteger> weights) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Only a non-negative amount is split: " + amount);
        }
        BigInteger sum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("The weights must be non-negative with a positive sum: " + weights);
        }
        BigInteger ore = amount.amount().movePointRight(Nok.SCALE).toBigIntegerExact();
        List<BigInteger[]> shares = weights.stream().map(w -> ore.multiply(w).divideAndRemainder(sum)).toList();
        BigInteger[] parts = shares.stream().map(s -> s[0]).toArray(BigInteger[]::new);
        BigInteger given = shares.stream().map(s -> s[0]).reduce(BigInteger.ZERO, BigInteger::add);
        int left = ore.subtract(given).intValueExact();
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, parts.length).boxed().toList());
        byRemainder.sort(Comparator.<Integer, BigInteger>comparing(i -> shares.get(i)[1]).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = byRemainder.get(k);
            parts[i] = parts[i].add(BigInteger.ONE);
        }
        return java.util.Arrays.stream(parts).map(p -> new Nok(new java.math.BigDecimal(p, Nok.SCALE))).toList();
    }
}
