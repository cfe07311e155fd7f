package org.valuematrix.testing;

import java.io.InputStream;

/** A request body that never ends (a JSON array of zeros), counting the bytes it served. */
public final class EndlessBody extends InputStream {
    private long served;

    public long served() {
        return served;
    }

    @Override
    public int read() {
        served++;
        return served == 1 ? '[' : served % 2 == 0 ? '0' : ',';
    }

    @Override
    public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            b[off + i] = (byte) read();
        }
        return len;
    }
}
