package org.valuematrix.standalone.support;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.valuematrix.standalone.StandaloneHost;
import org.valuematrix.standalone.StandaloneOptions;

/**
 * Runs a standalone host in a JVM of its own, as {@code java -jar} does, with the test hosts'
 * settings (free port, small demo, cheap hashing). Prints {@link #READY} and the base URL once it
 * serves. Arguments: data directory, demo events.
 */
public final class ChildHostMain {
    public static final String READY = "VM-CHILD-READY ";

    private ChildHostMain() {
    }

    public static void main(String[] args) throws Exception {
        StandaloneOptions options = StandaloneOptions.defaults().withPort(0).withDataDir(Path.of(args[0]))
                .withDemoEvents(Long.parseLong(args[1])).withPasswordIterations(10);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StandaloneHost host = StandaloneHost.start(options, out);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "value-matrix-shutdown"));
        out.println(READY + host.baseUrl());
        host.join();
    }
}
