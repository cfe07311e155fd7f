package org.valuematrix.activity.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits IN-lists: some databases cap bound parameters (Oracle at 1000 per list). */
public final class Chunks {
    public static final int SIZE = 500;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }

    /** @return "?,?,?" with n placeholders */
    public static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ",?");
        }
        return sb.toString();
    }
}
