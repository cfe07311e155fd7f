package org.valuematrix.standalone.db;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A digest of Active Objects entity declarations (names, methods, annotations): equal digests
 * mean the same schema, so a migration already done need not be repeated.
 */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

    public static String of(Class<?>... entities) {
        List<String> parts = new ArrayList<>();
        Class<?>[] sorted = entities.clone();
        Arrays.sort(sorted, Comparator.comparing(Class::getName));
        for (Class<?> type : sorted) {
            parts.add(type.getName() + Arrays.toString(type.getAnnotations()));
            List<String> methods = new ArrayList<>();
            for (Method m : type.getMethods()) {
                methods.add(m.toGenericString() + Arrays.toString(m.getAnnotations()));
            }
            methods.sort(null);
            parts.addAll(methods);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                sb.append(String.format("%02x", digest[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
