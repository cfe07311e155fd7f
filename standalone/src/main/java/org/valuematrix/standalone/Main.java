package org.valuematrix.standalone;

/** {@code java -jar value-matrix-standalone.jar [options]}: runs the standalone host until stopped. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "bench".equals(args[0])) {
            org.valuematrix.standalone.bench.BenchCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StandaloneOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(StandaloneOptions.usage());
            return;
        }
        StandaloneHost host = StandaloneHost.start(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "value-matrix-shutdown"));
        System.out.println(Banner.of(options, host));
        host.join();
    }
}
