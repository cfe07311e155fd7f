package org.valuematrix.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.valuematrix.standalone.db.Database;

/**
 * {@code --reset-demo}: the demo loads into an empty database, so a reset deletes the H2 files
 * the host keeps in its data directory. A database given by URL may hold more than the demo and
 * is never dropped here.
 */
final class DemoReset {
    private DemoReset() {
    }

    static void deleteH2(Database database, Path dataDir, PrintStream console) throws IOException {
        if (!database.isH2()) {
            throw new IllegalArgumentException("--reset-demo deletes the H2 database in --data-dir only;"
                    + " drop and create the database of --db-url yourself");
        }
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "value-matrix.*")) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
        console.println("Demo reset: deleted the database in " + dataDir.toAbsolutePath().normalize());
    }
}
