package org.valuematrix.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built bundle's manifest: a transformerless Atlassian plugin that imports only what the
 * hosts export and embeds only what they do not.
 */
class PluginManifestIT {
    /**
     * Package prefixes Confluence 8.5/9.2 and Jira 9.12/10.3 export to plugins, and where from. An
     * import outside this list would leave the bundle unresolved in a host.
     */
    static final Map<String, String> HOST_EXPORTS = new LinkedHashMap<>();

    static {
        HOST_EXPORTS.put("com.atlassian.activeobjects.external", "Active Objects plugin (both products)");
        HOST_EXPORTS.put("com.atlassian.sal.api", "SAL (both products)");
        HOST_EXPORTS.put("com.atlassian.templaterenderer", "atlassian-template-renderer (both products)");
        HOST_EXPORTS.put("com.atlassian.event.api", "atlassian-event (both products)");
        HOST_EXPORTS.put("com.atlassian.beehive", "Beehive cluster locks (both products)");
        HOST_EXPORTS.put("com.atlassian.scheduler", "atlassian-scheduler (both products)");
        HOST_EXPORTS.put("com.atlassian.webresource.api", "web-resource manager (both products)");
        HOST_EXPORTS.put("com.atlassian.confluence.api.", "Confluence's Java API (SpaceService and its model), Confluence only: imported optionally");
        HOST_EXPORTS.put("com.atlassian.confluence.security.denormalisedpermissions",
                "Confluence's bulk permission service, Confluence only: imported optionally");
        HOST_EXPORTS.put("com.atlassian.confluence.", "Confluence only: imported optionally");
        HOST_EXPORTS.put("com.atlassian.audit.", "atlassian-audit API (Confluence 7.5+, Jira 8.8+), used only for Confluence's spaces: imported optionally");
        HOST_EXPORTS.put("com.atlassian.user", "atlassian-user, Confluence only: imported optionally");
        HOST_EXPORTS.put("com.atlassian.jira.", "Jira only: imported optionally");
        HOST_EXPORTS.put("com.atlassian.crowd.embedded.api", "Crowd's embedded API (Jira's group type): imported optionally");
        HOST_EXPORTS.put("org.ofbiz.core.entity",
                "Jira's entity engine (an issue event's change log, the issue id query's failure), Jira only: imported optionally");
        HOST_EXPORTS.put("net.java.ao", "Active Objects library, exported by the AO plugin");
        HOST_EXPORTS.put("javax.inject", "JSR-330 annotations, exported by both hosts for Spring injection");
        HOST_EXPORTS.put("javax.servlet", "servlet API of the container");
        HOST_EXPORTS.put("javax.ws.rs", "JAX-RS of the REST plugin (Jersey 1 or 2)");
        HOST_EXPORTS.put("javax.xml.", "JDK, exported by the system bundle");
        HOST_EXPORTS.put("org.w3c.dom", "JDK, exported by the system bundle");
        HOST_EXPORTS.put("org.xml.sax", "JDK, exported by the system bundle");
        HOST_EXPORTS.put("org.slf4j", "logging API of both products");
        HOST_EXPORTS.put("org.osgi.framework", "OSGi framework, system bundle");
        HOST_EXPORTS.put("org.springframework.osgi.", "Spring DM of the plugin framework: imported optionally");
        HOST_EXPORTS.put("org.eclipse.gemini.blueprint.", "Gemini Blueprint of the plugin framework: imported optionally");
    }

    private static final List<String> OPTIONAL_PREFIXES = List.of("com.atlassian.confluence.", "com.atlassian.user",
            "com.atlassian.audit.",
            "com.atlassian.jira.", "com.atlassian.crowd.", "org.ofbiz.", "org.springframework.", "org.eclipse.gemini.");

    private static PluginJar jar;
    private static Attributes manifest;
    private static Map<String, Map<String, String>> imports;

    @BeforeAll
    static void open() throws Exception {
        jar = PluginJar.built();
        manifest = jar.manifest();
        imports = parseClauses(manifest.getValue("Import-Package"));
    }

    @Test
    void headers_shouldMakeATransformerlessPlugin() throws Exception {
        String key = jar.descriptor().getDocumentElement().getAttribute("key");
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.[\\w-]+)?");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(jar.has("atlassian-plugin.xml")).isTrue();
    }

    @Test
    void imports_shouldOnlyNamePackagesTheHostsExport() {
        assertThat(imports).isNotEmpty();
        assertThat(imports.keySet()).allSatisfy(pkg -> assertThat(HOST_EXPORTS.keySet().stream().anyMatch(pkg::startsWith))
                .as("%s is exported by a host", pkg).isTrue());
    }

    @Test
    void productPackages_shouldBeOptional() {
        imports.forEach((pkg, attributes) -> {
            if (OPTIONAL_PREFIXES.stream().anyMatch(pkg::startsWith)) {
                assertThat(attributes.get("resolution:")).as(pkg).isEqualTo("optional");
            } else {
                assertThat(attributes).as(pkg).doesNotContainKey("resolution:");
            }
        });
        assertThat(imports.keySet()).anyMatch(p -> p.startsWith("com.atlassian.confluence."))
                .anyMatch(p -> p.startsWith("com.atlassian.jira."))
                .anyMatch(p -> p.startsWith("org.springframework.osgi."))
                .anyMatch(p -> p.startsWith("org.eclipse.gemini.blueprint."));
    }

    @Test
    void spaceLookUps_shouldImportConfluencesSpaceServiceAndBulkPermissionsOptionally() {
        for (String pkg : List.of("com.atlassian.confluence.api.service.content", "com.atlassian.confluence.api.model.content",
                "com.atlassian.confluence.api.model.pagination", "com.atlassian.confluence.api.model.link",
                "com.atlassian.confluence.security.denormalisedpermissions", "com.atlassian.confluence.spaces")) {
            assertThat(imports).as(pkg).containsKey(pkg);
            assertThat(imports.get(pkg).get("resolution:")).as(pkg).isEqualTo("optional");
        }
    }

    /** Confluence has no entity engine: Jira's change log type must not keep the bundle from resolving there. */
    @Test
    void jirasEntityEngine_shouldBeImportedOptionally() {
        assertThat(imports).containsKey("org.ofbiz.core.entity");
        assertThat(imports.get("org.ofbiz.core.entity").get("resolution:")).isEqualTo("optional");
    }

    /** The space blueprints' events come from the create-content plugin; the audit log may be absent. */
    @Test
    void spaceBlueprintsAndAuditLog_shouldBeImportedOptionally() {
        for (String pkg : List.of("com.atlassian.confluence.plugins.createcontent.api.events",
                "com.atlassian.confluence.plugins.createcontent.impl", "com.atlassian.audit.api",
                "com.atlassian.audit.entity", "com.atlassian.confluence.security", "com.atlassian.confluence.core")) {
            assertThat(imports).as(pkg).containsKey(pkg);
            assertThat(imports.get(pkg).get("resolution:")).as(pkg).isEqualTo("optional");
        }
    }

    @Test
    void versionRanges_shouldAcceptEveryHostGeneration() {
        assertAccepts("javax.ws.rs", "1.1.1", "2.1.0");
        assertAccepts("javax.servlet.http", "3.1.0", "4.0.0");
        assertAccepts("org.slf4j", "1.7.36", "2.0.9");
        assertAccepts("net.java.ao", "0.0.0", "3.2.11", "5.1.0", "6.1.1");
        assertAccepts("net.java.ao.schema", "0.0.0", "6.1.1");
        assertAccepts("org.osgi.framework", "1.8.0", "1.10.0");
    }

    @Test
    void bundle_shouldEmbedCoreAndJacksonButNoHostLibrary() {
        assertThat(jar.hasClass("org.valuematrix.ValueMatrix")).isTrue();
        assertThat(jar.hasClass("com.fasterxml.jackson.databind.ObjectMapper")).isTrue();
        assertThat(jar.entries()).noneMatch(e -> e.startsWith("net/java/ao/"))
                .noneMatch(e -> e.startsWith("com/atlassian/"))
                .noneMatch(e -> e.startsWith("javax/"))
                .noneMatch(e -> e.startsWith("org/slf4j/"))
                .noneMatch(e -> e.startsWith("org/osgi/"))
                .noneMatch(e -> e.startsWith("org/valuematrix/ao/"))
                .noneMatch(e -> e.endsWith(".jar"));
    }

    @Test
    void bundle_shouldExportNothingAndNeedNoExtraResolution() {
        assertThat(manifest.getValue("Export-Package")).isNullOrEmpty();
        assertThat(manifest.getValue("DynamicImport-Package")).isNull();
        assertThat(manifest.getValue("Require-Capability")).isNull();
        String classPath = manifest.getValue("Bundle-ClassPath");
        assertThat(classPath == null || ".".equals(classPath)).as("Bundle-ClassPath %s", classPath).isTrue();
    }

    @Test
    void classes_shouldRunOnJava11() throws IOException {
        for (String entry : jar.entries()) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                byte[] bytes = jar.bytes(entry);
                int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
                assertThat(major).as(entry).isLessThanOrEqualTo(55);
            }
        }
    }

    private static void assertAccepts(String pkg, String... hostVersions) {
        assertThat(imports).as(pkg).containsKey(pkg);
        String range = imports.get(pkg).get("version");
        for (String version : hostVersions) {
            assertThat(inRange(range, version)).as("%s %s in %s", pkg, version, range).isTrue();
        }
    }

    /** OSGi version range semantics: "[a,b)" or a lower bound alone; no range means any version. */
    static boolean inRange(String range, String version) {
        if (range == null) {
            return true;
        }
        String r = range.replace("\"", "").trim();
        if (!r.startsWith("[") && !r.startsWith("(")) {
            return compare(version, r) >= 0;
        }
        String[] bounds = r.substring(1, r.length() - 1).split(",");
        int low = compare(version, bounds[0].trim());
        int high = compare(version, bounds[1].trim());
        boolean aboveLow = r.startsWith("[") ? low >= 0 : low > 0;
        boolean belowHigh = r.endsWith("]") ? high <= 0 : high < 0;
        return aboveLow && belowHigh;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    /** Splits a manifest header into packages and their attributes (commas inside quotes kept). */
    static Map<String, Map<String, String>> parseClauses(String header) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        for (String clause : clauses) {
            String[] parts = clause.split(";");
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split(":?=", 2);
                String name = parts[i].contains(":=") ? kv[0].trim() + ":" : kv[0].trim();
                attributes.put(name, kv.length > 1 ? kv[1].replace("\"", "").trim() : "");
            }
            out.put(parts[0].trim(), attributes);
        }
        return out;
    }
}
