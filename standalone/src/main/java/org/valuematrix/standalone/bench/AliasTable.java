package org.valuematrix.standalone.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight in O(1) (Vose's alias method). */
final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        probability = new double[n];
        alias = new int[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] scaled = new double[n];
        Deque<Integer> small = new ArrayDeque<>();
        Deque<Integer> large = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            (scaled[i] < 1 ? small : large).push(i);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int s = small.pop();
            int l = large.pop();
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).push(l);
        }
        while (!large.isEmpty()) {
            probability[large.pop()] = 1;
        }
        while (!small.isEmpty()) {
            probability[small.pop()] = 1;
        }
    }

    int next(SplittableRandom random) {
        int i = random.nextInt(probability.length);
        return random.nextDouble() < probability[i] ? i : alias[i];
    }
}
