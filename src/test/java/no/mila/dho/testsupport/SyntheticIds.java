package no.mila.dho.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ThreadLocalRandom;

/** Unique synthetic national identity numbers (month + 80) with valid check digits, for tests. */
public final class SyntheticIds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 50_000));

    private SyntheticIds() {
    }

    public static String next() {
        while (true) {
            int n = SEQUENCE.getAndIncrement();
            int day = 1 + n % 28;
            int month = 81 + (n / 28) % 12;
            int year = 30 + (n / 336) % 60;
            int individual = (n / 20160) % 500;
            String number = withCheckDigits(String.format("%02d%02d%02d%03d", day, month, year, individual));
            if (number != null) {
                return number;
            }
        }
    }

    /** Appends both mod-11 check digits, or returns null where none exists. */
    public static String withCheckDigits(String nineDigits) {
        String number = nineDigits;
        for (int[] w : new int[][] {{3, 7, 6, 1, 8, 9, 4, 5, 2}, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}}) {
            int sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += (number.charAt(i) - '0') * w[i];
            }
            int k = 11 - sum % 11;
            if (k == 10) {
                return null;
            }
            number += k == 11 ? 0 : k;
        }
        return number;
    }
}
