package dev.curveball.bench;

import java.util.Arrays;

/** Latency samples in microseconds, kept by one thread; merged and summarised at the end of a run. */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    void add(long micros) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = micros;
    }

    int size() {
        return size;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    /** The value below which {@code fraction} of the samples fall, in milliseconds. */
    double percentileMillis(double fraction) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(fraction * size) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
