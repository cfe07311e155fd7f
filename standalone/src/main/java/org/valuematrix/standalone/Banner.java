package org.valuematrix.standalone;

import java.util.Locale;

/** What the host prints when it is up: where it listens, how to log in, where its data is. */
final class Banner {
    private Banner() {
    }

    static String of(StandaloneOptions options, StandaloneHost host) {
        StringBuilder sb = new StringBuilder("\nValue Matrix standalone host is running at ").append(host.baseUrl()).append('\n');
        if (!host.boundUrl().equals(host.baseUrl())) {
            sb.append("  Listening on ").append(host.boundUrl()).append(" (--base-url names the address above)\n");
        }
        host.demo().ifPresent(d -> sb.append(String.format(Locale.ROOT,
                "  Demo organisation loaded: %d people, %d teams, %d spaces and projects, %,d pages and issues, "
                        + "%,d events stored in %.1f s%n", d.people(), d.teams(), d.containers(), d.contentItems(),
                d.stored(), d.seconds())));
        if ("loading".equals(host.demoState())) {
            sb.append("  Warning: the demo organisation did not finish loading last time; delete the data and start again.\n");
        }
        // The password is only known when this start loaded the demo; it is never stored in plain.
        String password = host.demo().isPresent() ? "password " + options.demoPassword()
                : "the demo password chosen when the demo was loaded (default " + StandaloneOptions.DEFAULT_DEMO_PASSWORD + ")";
        sb.append("  Log in as admin (administrator), or alice, bob, priya, sam, carla (customer), with ")
                .append(password).append('\n');
        sb.append("  Activity:  ").append(host.baseUrl()).append("/plugins/servlet/value-matrix/activity\n");
        sb.append("  Spaces:    ").append(host.baseUrl()).append("/spaces\n");
        sb.append("  REST:      ").append(host.baseUrl()).append("/rest/value-matrix/1.0/stream\n");
        sb.append("  Data:      ").append(host.database().isH2() ? options.dataDir().toAbsolutePath().normalize()
                : host.database().describe()).append('\n');
        sb.append("  Stop with Ctrl+C.\n");
        return sb.toString();
    }
}
