package org.valuematrix.matrix.rollup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.TeamEdge;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.matrix.WorkItem;

/**
 * Units' counts and team edges as compact text (Base64 of variable-length numbers), exactly:
 * decoding yields equal figures, work items in the same order.
 */
final class FiguresCodec {
    private FiguresCodec() {
    }

    /** @param units by team key, null for the organisation */
    static String units(Map<String, UnitCounts> units) {
        return write(out -> {
            varint(out, units.size());
            for (Map.Entry<String, UnitCounts> e : units.entrySet()) {
                key(out, e.getKey());
                unit(out, e.getValue());
            }
        });
    }

    static Map<String, UnitCounts> units(String text) {
        return read(text, in -> {
            int n = (int) varint(in);
            Map<String, UnitCounts> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = key(in);
                out.put(key, unit(in));
            }
            return out;
        });
    }

    static String edges(List<TeamEdge> edges) {
        return write(out -> {
            varint(out, edges.size());
            for (TeamEdge e : edges) {
                out.writeUTF(e.teamA());
                out.writeUTF(e.teamB());
                varint(out, e.interactions());
                varint(out, e.newTies());
            }
        });
    }

    static List<TeamEdge> edges(String text) {
        return read(text, in -> {
            int n = (int) varint(in);
            List<TeamEdge> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new TeamEdge(in.readUTF(), in.readUTF(), varint(in), varint(in)));
            }
            return out;
        });
    }

    private static void unit(DataOutputStream out, UnitCounts u) throws IOException {
        for (Scope s : Scope.values()) {
            for (Novelty n : Novelty.values()) {
                CellCounts c = u.cell(s, n);
                varint(out, c.interactions());
                varint(out, c.ties());
                varint(out, c.people());
            }
        }
        varint(out, u.activeMembers());
        varint(out, u.contributors());
        varint(out, u.internalTies());
        varint(out, u.externalTies());
        varint(out, u.reachTeams());
        varint(out, u.newCrossSiloTies());
        out.writeBoolean(u.customerFacingActivity());
        items(out, u.firstResponses());
        items(out, u.cycles());
    }

    private static UnitCounts unit(DataInputStream in) throws IOException {
        Map<Scope, Map<Novelty, CellCounts>> cells = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            Map<Novelty, CellCounts> row = new EnumMap<>(Novelty.class);
            for (Novelty n : Novelty.values()) {
                row.put(n, new CellCounts(varint(in), varint(in), varint(in)));
            }
            cells.put(s, row);
        }
        return new UnitCounts(cells, varint(in), varint(in), varint(in), varint(in), varint(in), varint(in),
                in.readBoolean(), items(in), items(in));
    }

    /** A duration and whether it crossed a boundary in one number: milliseconds × 2 + crossed. */
    private static void items(DataOutputStream out, List<WorkItem> items) throws IOException {
        varint(out, items.size());
        for (WorkItem w : items) {
            varint(out, w.duration().toMillis() * 2 + (w.crossedBoundary() ? 1 : 0));
        }
    }

    private static List<WorkItem> items(DataInputStream in) throws IOException {
        int n = (int) varint(in);
        List<WorkItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long v = varint(in);
            out.add(new WorkItem(Duration.ofMillis(v >>> 1), (v & 1) == 1));
        }
        return out;
    }

    private static void key(DataOutputStream out, String key) throws IOException {
        out.writeBoolean(key != null);
        if (key != null) {
            out.writeUTF(key);
        }
    }

    private static String key(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Non-negative numbers, seven bits a byte. */
    private static void varint(DataOutputStream out, long v) throws IOException {
        if (v < 0) {
            throw new IllegalArgumentException("figures are never negative");
        }
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long varint(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static String write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static <T> T read(String text, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
